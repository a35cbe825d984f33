/// Turns an article's raw text into a ``Document``: finds paragraphs, takes the headline as the
/// title, drops web furniture, wire notes and paragraphs repeated inside the article.
///
/// The rules, in order:
///
/// 1. **Quotation marks** (plain text only). TeX-style quotes, as newswire archives write them
///    (two grave accents to open, two apostrophes to close), become typographic
///    (`“rogue state”`).
/// 2. **Paragraphs.** Each line is a paragraph, unless the text is hard-wrapped; then wrapped
///    lines are joined into their paragraph, whatever its length, before the rules below
///    (``paragraphs(of:)``). HTML and Markdown come as blocks (``clean(name:blocks:knownTitle:)``),
///    never joined.
/// 3. **Wire notes.** Insert pointers (`Mitch _ once, 2nd graf pvs`, `The men, pickup 9th pvs`,
///    `1st Ld-Writethru`), `MORE`, operator initials (`(djp)`), `Eds:` lines and trim marks are
///    cut out (``removeWireNotes(_:)``).
/// 4. **Headline.** Among the first six paragraphs, the first one that stands alone (one line of
///    the source, or one block) of 3 to 25 words that does not end like a sentence (no final
///    `.`, `!`, `?`, `…` or closing quote) is the title. It and every later copy of it are
///    removed from the body.
/// 5. **Furniture.** A paragraph of at most 12 words containing a furniture phrase ("leave a
///    comment", "newsletter", "subscribe", "live tv", "share this" …) is removed; so are share
///    bars, "Related:" lines, cookie notices, bylines and photo credits (``webFurniture(_:key:)``),
///    and a line of one or two words that does not end like a sentence and does not start in
///    lower case (a section label such as "World").
/// 6. **Repeats.** A paragraph equal to an earlier body paragraph after normalization
///    (`TextNormalizer.matchKey(_:)`) is removed.
/// 7. **Dateline.** A wire dateline opening the first body paragraph (`BERLIN (AP) _`,
///    `VAIL, Colo. (AP) --`) is cut off it (``splitDateline(_:)``).
/// 8. **Fragments** (plain text only). A sentence of the paragraph that starts in lower case or
///    ends without terminal punctuation is not running prose (a heading, list item or table row
///    the text kept no mark of, an address, a story cut off mid-sentence) and is removed
///    (``fragmentRanges(in:)``).
/// 9. **Dashes** (plain text only). The spaced underscore or double hyphen of wire text (`May 30 _ The FTC …`)
///    becomes an em dash (` — `) in the body and a guessed title.
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

    /// Cleans one article given as plain text.
    ///
    /// - Parameters:
    ///   - name: the document's name.
    ///   - text: raw text, paragraphs on lines (hard-wrapped text is unwrapped).
    ///   - knownTitle: a title found by the reader (HTML `<title>`, Markdown `#`); when given, no
    ///     title is guessed, but body copies of it are still removed.
    /// - Returns: the cleaned document.
    /// - Complexity: O(*n*) in the length of `text`.
    public func clean(name: String, text: String, knownTitle: String? = nil) -> Document {
        let paragraphs = Self._paragraphs(of: Self._typographicQuotes(text)).map { _Paragraph(text: $0.text, standsAlone: $0.lines == 1, dropped: nil) }
        return _clean(name: name, paragraphs: paragraphs, knownTitle: knownTitle, plainText: true)
    }

    /// Cleans one article given as blocks (from HTML or Markdown): each block stays a paragraph
    /// of its own, blocks the reader set aside are recorded as dropped, blocks above the
    /// headline that do not end like a sentence are furniture, and the others are
    /// cleaned as plain-text paragraphs are, except that a block is not cut into fragments (a
    /// list item or table cell without a full stop is the page's text).
    ///
    /// - Parameters:
    ///   - name: the document's name.
    ///   - blocks: the blocks in reading order.
    ///   - knownTitle: the page's title, if the reader found one.
    /// - Returns: the cleaned document; ``DroppedLine/paragraph`` numbers the blocks from 1.
    /// - Complexity: O(*n*) in the length of the blocks' text.
    public func clean(name: String, blocks: [DocumentBlock], knownTitle: String? = nil) -> Document {
        var paragraphs = blocks.map { _Paragraph(text: $0.text, standsAlone: true, dropped: $0.dropped) }
        // Above the headline, what is not a sentence is the page's furniture (a section kicker,
        // a top bar, a newsletter's masthead), not the story.
        if let headline = blocks.firstIndex(where: { $0.dropped == .headline }) {
            for i in 0..<headline where paragraphs[i].dropped == nil && !Self.endsLikeSentence(TextNormalizer.matchKey(paragraphs[i].text)) {
                paragraphs[i].dropped = .furniture
            }
        }
        return _clean(name: name, paragraphs: paragraphs, knownTitle: knownTitle, plainText: false)
    }

    struct _Paragraph {
        var text: String
        /// One line of the source (or one block): only such a paragraph can be a headline.
        var standsAlone: Bool
        var dropped: DroppedLine.Reason?
    }

    func _clean(name: String, paragraphs: [_Paragraph], knownTitle: String?, plainText: Bool) -> Document {
        var title = knownTitle.map(TextNormalizer.collapseWhitespace)
        var titleKey = title.map(TextNormalizer.matchKey)
        var body: [String] = []
        var dropped: [DroppedLine] = []
        var seen = Set<String>()
        for (index, block) in paragraphs.enumerated() {
            func drop(_ text: String, _ reason: DroppedLine.Reason) {
                dropped.append(DroppedLine(paragraph: index + 1, text: text, reason: reason))
            }
            if let reason = block.dropped {
                drop(block.text, reason)
                continue
            }
            var paragraph = block.text
            let notes = Self.removeWireNotes(paragraph)
            for note in notes.removed { drop(note, .wireNote) }
            paragraph = notes.kept
            if paragraph.isEmpty { continue }
            let credits = Self.removeCredits(paragraph)
            for credit in credits.removed { drop(credit, .photoCredit) }
            if credits.kept.isEmpty { continue }
            paragraph = credits.kept
            let key = TextNormalizer.matchKey(paragraph)
            let words = key.split(separator: " ").count
            let endsSentence = Self.endsLikeSentence(key)
            if let titleKey, key == titleKey {
                drop(paragraph, .repeatedHeadline)
                continue
            }
            if words <= 12 && furniturePhrases.contains(where: { Self._contains(key, $0) }) {
                drop(paragraph, .furniture)
                continue
            }
            if let reason = Self.webFurniture(paragraph, key: key) {
                drop(paragraph, reason)
                continue
            }
            if words <= 2 && !endsSentence && paragraph.first?.isLowercase != true {
                drop(paragraph, .sectionLabel)
                continue
            }
            if titleKey == nil && index < 6 && block.standsAlone && (3...25).contains(words) && !endsSentence {
                title = TextNormalizer.collapseWhitespace(paragraph)
                titleKey = key
                drop(paragraph, .headline)
                continue
            }
            if !seen.insert(key).inserted {
                drop(paragraph, .repeatedParagraph)
                continue
            }
            if body.isEmpty, let (dateline, rest) = Self.splitDateline(paragraph) {
                drop(dateline, .dateline)
                paragraph = rest
            }
            if plainText {
                let fragments = Self.fragmentRanges(in: paragraph)
                if !fragments.isEmpty {
                    for range in fragments { drop(String(paragraph[range]), .fragment) }
                    paragraph = Self.removing(fragments, from: paragraph)
                    if paragraph.isEmpty { continue }
                }
                paragraph = Self._typographicDashes(paragraph)
            }
            body.append(paragraph)
        }
        if plainText && knownTitle == nil { title = title.map(Self._typographicDashes) }
        return Document(name: name, title: title, paragraphs: body, dropped: dropped)
    }

    /// Whether folded text ends the way a sentence does: closing marks after the terminator are
    /// skipped, spaced ones too (a nested quote closes as `this.' "`).
    static func endsLikeSentence(_ key: String) -> Bool {
        var tail = key[...]
        while let last = tail.last, "\"')]”’» ".contains(last) { tail = tail.dropLast() }
        guard let last = tail.last else { return false }
        return ".!?…。！？:;".contains(last)
    }

    /// Splits raw text into trimmed, non-empty paragraphs, unwrapping hard-wrapped text.
    ///
    /// A text whose lines are mostly under 100 characters may be hard-wrapped. When most of its
    /// lines also do not end a sentence (and there are at least four), every run of lines
    /// between blank or indented lines is one paragraph, as in DUC's newswire. Otherwise a line
    /// is joined to the next when it does not end like a sentence and the next one continues it:
    /// it starts in lower case, or its first word would not have fitted on the line (the line
    /// reaches the text's wrap width, the longest line, which at least one other line comes
    /// within 10 characters of). So a two- or three-line paragraph is unwrapped too, and a line
    /// that stands alone (a headline) is not joined to the paragraph after it. Joined lines are
    /// separated by a space, except after a word wrapped at its hyphen: "5.7-trillion-" and
    /// "dollar" make "5.7-trillion-dollar" (a suspended "low-" before "and" keeps its space).
    ///
    /// - Complexity: O(*n*).
    public static func paragraphs(of text: String) -> [String] {
        _paragraphs(of: text).map(\.text)
    }

    /// The paragraphs of `text`, each with the number of source lines it was joined from.
    static func _paragraphs(of text: String) -> [(text: String, lines: Int)] {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let trimmed = lines.map { TextNormalizer.trimmed($0) }
        let nonEmpty = trimmed.indices.filter { !trimmed[$0].isEmpty }
        let short = nonEmpty.filter { lines[$0].utf8.count < 100 || lines[$0].count < 100 }.count
        guard short * 10 >= nonEmpty.count * 8 else { return nonEmpty.map { (trimmed[$0], 1) } }
        let open = nonEmpty.filter { !endsLikeSentence(trimmed[$0]) }.count
        let wrapsEveryLine = nonEmpty.count >= 4 && open * 2 > nonEmpty.count
        let lengths = nonEmpty.map { trimmed[$0].count }.filter { $0 < 100 }
        let width = lengths.max() ?? 0
        let hasWidth = width >= 40 && lengths.filter { $0 >= width - 10 }.count >= 2
        var out: [(text: String, lines: Int)] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { out.append((_joiningWrappedLines(current), current.count)) }
            current = []
        }
        for (line, text) in zip(lines, trimmed) {
            if text.isEmpty { flush(); continue }
            if let first = line.first, first == "\t" || line.hasPrefix("  ") { flush() }
            if !wrapsEveryLine, let previous = current.last,
               !_continues(previous, with: text, width: hasWidth ? width : nil) {
                flush()
            }
            current.append(text)
        }
        flush()
        return out.filter { !$0.text.isEmpty }
    }

    /// Whether `next` continues the wrapped line `previous`: `previous` does not end like a
    /// sentence, and `next` starts in lower case or its first word did not fit within `width`.
    static func _continues(_ previous: String, with next: String, width: Int?) -> Bool {
        guard !endsLikeSentence(previous), let first = next.first else { return false }
        if first.isLowercase { return true }
        guard let width else { return false }
        let firstWord = next.prefix { !$0.isWhitespace }.count
        return previous.count + 1 + firstWord > width
    }
}
