/// One block of an article as its reader found it: a paragraph, list item, table cell or
/// heading, or a block the reader already knows is not article text.
///
/// HTML and Markdown readers give blocks (``HTMLText/blocks(_:)``, ``MarkdownText/blocks(_:)``)
/// so that their structure survives cleaning: two blocks are never joined into one sentence.
public struct DocumentBlock: Sendable, Hashable, Codable {
    /// The block's text, on one line.
    public var text: String
    /// Why the reader already set the block aside (a menu, a heading, a byline), or `nil` for
    /// a block of the article's text, which ``DocumentCleaner`` still cleans.
    public var dropped: DroppedLine.Reason?

    /// - Parameters:
    ///   - text: the block's text.
    ///   - dropped: why the reader set it aside, if it did.
    public init(_ text: String, dropped: DroppedLine.Reason? = nil) {
        self.text = text
        self.dropped = dropped
    }
}
