/// Turns an article's raw text into a ``Document``: finds paragraphs, takes the headline as the
/// title, drops web furniture and paragraphs repeated inside the article.
///
/// The rules, in order:
///
/// 1. **Paragraphs.** Each line is a paragraph, unless the text is hard-wrapped (most lines
///    shorter than 100 characters and most not ending a sentence, as in DUC's newswire); then
///    lines are joined, and a blank or indented line starts a new paragraph.
/// 2. **Headline.** Among the first six paragraphs, the first one of 3 to 25 words that does not
///    end like a sentence (no final `.`, `!`, `?`, `…` or closing quote) is the title. It and
///    every later copy of it are removed from the body.
/// 3. **Furniture.** A paragraph of at most 12 words containing a furniture phrase ("leave a
///    comment", "newsletter", "subscribe", "live tv", "share this" …) is removed; so is a line of
///    one or two words that does not end like a sentence (a section label such as "World").
/// 4. **Repeats.** A paragraph equal to an earlier body paragraph after normalization
///    (``TextNormalizer/matchKey(_:)``) is removed.
/// 5. **Dateline.** A wire dateline opening the first body paragraph (`BERLIN (AP) _`,
///    `VAIL, Colo. (AP) --`) is cut off it (``splitDateline(_:)``).
///
/// Every removal is recorded in ``Document/dropped`` with its reason.
public struct DocumentCleaner: Sendable {
    /// Phrases that mark a short paragraph as web furniture (compared lowercase, folded).
    public var furniturePhrases: [String]

    /// Creates a cleaner with the default furniture phrases.
    public init(furniturePhrases: [String] = DocumentCleaner.defaultFurniturePhrases) {
        self.furniturePhrases = furniturePhrases
    }

    /// The default furniture phrases.
    public static let defaultFurniturePhrases = [
        "leave a comment", "leave a reply", "comments", "share this", "share on", "share:", "subscribe",
        "newsletter", "sign up", "live tv", "watch live", "follow us", "read more", "related articles",
        "related stories", "advertisement", "click here", "all rights reserved", "cookie", "privacy policy",
        "terms of use", "skip to content", "most read", "trending now", "recommended for you",
    ]

    /// Cleans one article.
    ///
    /// - Parameters:
    ///   - name: the document's name.
    ///   - text: raw text, paragraphs on lines.
    ///   - knownTitle: a title found by the reader (HTML `<title>`, Markdown `#`); when given, no
    ///     title is guessed, but body copies of it are still removed.
    /// - Returns: the cleaned document.
    /// - Complexity: O(*n*) in the length of `text`.
    public func clean(name: String, text: String, knownTitle: String? = nil) -> Document {
        let paragraphs = Self.paragraphs(of: text)
        var title = knownTitle.map(TextNormalizer.collapseWhitespace)
        var titleKey = title.map(TextNormalizer.matchKey)
        var body: [String] = []
        var dropped: [DroppedLine] = []
        var seen = Set<String>()
        for (index, paragraph) in paragraphs.enumerated() {
            let key = TextNormalizer.matchKey(paragraph)
            let words = key.split(separator: " ").count
            let endsSentence = Self.endsLikeSentence(key)
            func drop(_ reason: DroppedLine.Reason) {
                dropped.append(DroppedLine(paragraph: index + 1, text: paragraph, reason: reason))
            }
            if let titleKey, key == titleKey {
                drop(.repeatedHeadline)
                continue
            }
            if words <= 12 && furniturePhrases.contains(where: { key.contains($0) }) {
                drop(.furniture)
                continue
            }
            if words <= 2 && !endsSentence {
                drop(.sectionLabel)
                continue
            }
            if titleKey == nil && index < 6 && (3...25).contains(words) && !endsSentence {
                title = TextNormalizer.collapseWhitespace(paragraph)
                titleKey = key
                drop(.headline)
                continue
            }
            if !seen.insert(key).inserted {
                drop(.repeatedParagraph)
                continue
            }
            if body.isEmpty, let (dateline, rest) = Self.splitDateline(paragraph) {
                dropped.append(DroppedLine(paragraph: index + 1, text: dateline, reason: .dateline))
                body.append(rest)
                continue
            }
            body.append(paragraph)
        }
        return Document(name: name, title: title, paragraphs: body, dropped: dropped)
    }

    /// Whether folded text ends the way a sentence does.
    static func endsLikeSentence(_ key: String) -> Bool {
        var tail = key[...]
        while let last = tail.last, "\"')]”’»".contains(last) { tail = tail.dropLast() }
        guard let last = tail.last else { return false }
        return ".!?…。！？:;".contains(last)
    }

    /// Splits raw text into trimmed, non-empty paragraphs, unwrapping hard-wrapped text.
    ///
    /// - Complexity: O(*n*).
    public static func paragraphs(of text: String) -> [String] {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let nonEmpty = lines.filter { !$0.allSatisfy(\.isWhitespace) }
        guard nonEmpty.count >= 4 else { return nonEmpty.map { TextNormalizer.trimmed($0) } }
        let short = nonEmpty.filter { $0.count < 100 }.count
        let open = nonEmpty.filter { !endsLikeSentence(TextNormalizer.trimmed($0)) }.count
        let hardWrapped = short * 10 >= nonEmpty.count * 8 && open * 2 > nonEmpty.count
        guard hardWrapped else { return nonEmpty.map { TextNormalizer.trimmed($0) } }
        var out: [String] = []
        var current: [Substring] = []
        func flush() {
            if !current.isEmpty { out.append(current.map { TextNormalizer.trimmed($0) }.joined(separator: " ")) }
            current = []
        }
        for line in lines {
            if line.allSatisfy(\.isWhitespace) { flush(); continue }
            if let first = line.first, first == "\t" || line.hasPrefix("  ") { flush() }
            current.append(line)
        }
        flush()
        return out.filter { !$0.isEmpty }
    }
}
