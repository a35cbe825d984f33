/// One article, cleaned: its title, its body paragraphs and what cleaning removed.
///
/// Body paragraphs keep the article's original characters, for output; comparisons use
/// `TextNormalizer.matchKey(_:)`.
///
/// ```swift
/// let document = Document(name: "note.txt", text: "Talks set for Thursday\nLeaders will meet in Istanbul.")
/// document.title        // "Talks set for Thursday"
/// document.paragraphs   // ["Leaders will meet in Istanbul."]
/// ```
public struct Document: Sendable, Hashable, Codable {
    /// The name shown to users: the file name (`000_17fff6f30f82ae0b.txt`) or a given id.
    public var name: String
    /// The headline, when one was found.
    public var title: String?
    /// Body paragraphs in order, cleaned.
    public var paragraphs: [String]
    /// Lines cleaning removed, with the reason, in order (what `--explain` prints).
    public var dropped: [DroppedLine]

    /// Creates a document from parts that are already clean.
    public init(name: String, title: String? = nil, paragraphs: [String], dropped: [DroppedLine] = []) {
        self.name = name
        self.title = title
        self.paragraphs = paragraphs
        self.dropped = dropped
    }

    /// Creates a document from raw plain text, cleaning it with ``DocumentCleaner``.
    /// - Parameters:
    ///   - name: the name shown to users.
    ///   - text: the article, paragraphs on separate lines (hard-wrapped text is unwrapped).
    ///   - title: a title already known (from HTML or Markdown); otherwise one is detected.
    public init(name: String, text: String, title: String? = nil) {
        self = DocumentCleaner().clean(name: name, text: text, knownTitle: title)
    }

    /// The body as one string, paragraphs separated by blank lines.
    public var bodyText: String { paragraphs.joined(separator: "\n\n") }
}

/// A line that cleaning removed from a document.
public struct DroppedLine: Sendable, Hashable, Codable {
    /// Why a line was removed.
    public enum Reason: String, Sendable, Hashable, Codable, CaseIterable {
        /// The headline: it becomes the document's title rather than a body sentence.
        case headline
        /// A later copy of the headline.
        case repeatedHeadline = "repeated-headline"
        /// Web furniture: comment, share, subscribe and newsletter prompts, live-TV links.
        case furniture
        /// A bare section label such as "World" or "Politics".
        case sectionLabel = "section-label"
        /// A paragraph identical (after normalization) to an earlier one of the same document.
        case repeatedParagraph = "repeated-paragraph"
        /// A wire dateline (`BERLIN (AP) _`) cut off the start of the first paragraph; the
        /// record's text is the dateline alone.
        case dateline
        /// A heading other than the title (`<h2>`, `## Section`): a title or nothing, never a sentence.
        case heading
        /// Navigation: a menu, a link-dense block, a short list of links, a breadcrumb.
        case navigation
        /// A byline ("By Jane Doe, Reuters") or an author box.
        case byline
        /// A photo credit or caption ("(Photo: Reuters)", "AP Photo/John Doe").
        case photoCredit = "photo-credit"
        /// A data table (results, scores, prices): its cells are not sentences.
        case table
        /// A wire-service note: an insert pointer ("Mitch _ once, 2nd graf pvs"), "MORE",
        /// operator initials ("(djp)"), "Eds:", "(END OPTIONAL TRIM)".
        case wireNote = "wire-note"
        /// Text that is not a sentence in running prose: a sentence starting in lower case or
        /// ending without terminal punctuation (a table row, list item or heading in plain text,
        /// a story cut off mid-sentence).
        case fragment
    }

    /// The 1-based paragraph number in the document as read.
    public var paragraph: Int
    /// The removed text, as it was.
    public var text: String
    /// Why it was removed.
    public var reason: Reason

    public init(paragraph: Int, text: String, reason: Reason) {
        self.paragraph = paragraph
        self.text = text
        self.reason = reason
    }
}
