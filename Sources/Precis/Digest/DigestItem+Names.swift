/// A person's full name that a digest item was given on its first mention in the digest
/// (``NameCompletion``), with the earlier sentence of the same article that wrote it
/// (``DigestItem/names``).
///
/// The item's text is its source text with the given names (`name` without its last word)
/// inserted right before the bare surname; the sentence at `document` and `sentenceIndex`
/// writes `name` with those words right before the surname, and comes before the item's source
/// sentence in that article.
public struct NameSource: Sendable, Hashable, Codable {
    /// The full name as the earlier sentence writes it ("Ken Kirkhart").
    public var name: String
    /// The article's name (one of the item's ``DigestItem/sources``' documents).
    public var document: String
    /// 0-based index of the earlier sentence among the article's body sentences.
    public var sentenceIndex: Int

    public init(name: String, document: String, sentenceIndex: Int) {
        self.name = name
        self.document = document
        self.sentenceIndex = sentenceIndex
    }
}
