import Foundation

extension Article {
    /// The article's title: the one given, else the headline line cleaning finds at the top
    /// of its text (``DocumentCleaner``); when it has none, its first words after any wire
    /// dateline (at most 12, then "…"), so a list of articles reads as text, not as ids. Never
    /// the id, unless the text is empty.
    /// - Complexity: O(length of the text) when no title was given (the text is cleaned).
    package var displayTitle: String {
        if let title, case let t = Briefer.collapsed(title), !t.isEmpty { return Briefer.shortened(t, words: 20) }
        let document = document()
        if let found = document.title, case let t = Briefer.collapsed(found), !t.isEmpty { return Briefer.shortened(t, words: 20) }
        let lead = Briefer.withoutDateline(Briefer.collapsed(String((document.paragraphs.first ?? text).prefix(400))))
        let words = lead.split(separator: " ").prefix(13)
        guard !words.isEmpty else { return id }
        return Briefer.shortened(words.joined(separator: " "), words: 12)
    }
}

extension Briefer {
    /// Longest headline, in words.
    static let headlineWords = 15

    /// A story's headline: at most ``headlineWords`` words, never a file path, never a digest
    /// item repeated.
    ///
    /// 1. The title of the most central article that has one (given, or found by cleaning at
    ///    the top of one of the five most central articles).
    /// 2. Otherwise a lead: the first sentence (after any wire dateline) of each of the five
    ///    most central articles is a candidate when it is not a digest item, has at least five
    ///    words, does not open with a word that needs an earlier sentence ("He", "It",
    ///    "But", a quotation mark) and is not a chronology's entry ("May 30 — …"); among them, those that name something (a capitalised word
    ///    after the first, or a number: "Things could have been worse." says nothing of the
    ///    story) come first. The most central one that fits whole wins: itself, or shortened
    ///    by the compressor (English text; ``wholeHeadline(_:repeating:compressor:)``).
    ///    When none fits, the shortest one (ties: the more central), shortened by every
    ///    compression rule first (unless that makes it a digest item), is cut at its last clause
    ///    break within the limit, or at the limit with "…". A wire lead is the reporter's own
    ///    one-sentence summary of the event, which is what a headline says.
    /// 3. Otherwise the most central article's lead, cut short enough that it is not a digest
    ///    item; at worst its first words (``Article/displayTitle``).
    /// - Parameters:
    ///   - central: the story's article indexes, most central first.
    ///   - articles: the day's articles.
    ///   - digest: the story's digest, when made.
    /// - Returns: the headline.
    /// - Complexity: O(length of the five most central articles).
    static func headline(central: [Int], articles: [Article], digest: Digest?) -> String {
        if let titled = central.lazy.compactMap({ articles[$0].title.map(collapsed) }).first(where: { !$0.isEmpty }) {
            return shortened(titled, words: headlineWords)
        }
        if let found = central.prefix(5).lazy.compactMap({ articles[$0].document().title.map(collapsed) }).first(where: { !$0.isEmpty }) {
            return shortened(found, words: headlineWords)
        }
        let items = Set((digest?.items ?? []).map { collapsed($0.text) })
        let splitter = SentenceSplitter()
        func length(_ s: String) -> Int { s.split(separator: " ").count }
        let leads: [String] = central.prefix(5).compactMap { i in
            let document = articles[i].document()
            guard let paragraph = document.paragraphs.first, let first = splitter.split(paragraph).first else { return nil }
            return collapsed(withoutDateline(first))
        }
        let standalone = leads.filter { !items.contains($0) && length($0) >= 5 && !needsContext($0) && !isChronologyEntry($0) }
        let naming = standalone.filter(namesSomething)
        let usable = naming.isEmpty ? standalone : naming
        // a whole sentence reads better than a cut one: the most central lead that fits whole,
        // itself or shortened by the compressor, before any cut
        lazy var compressor = isEnglish(usable) ? SpanCompressor() : nil
        for lead in usable {
            if let whole = wholeHeadline(lead, repeating: items, compressor: compressor) { return whole }
        }
        // none fits: the shortest lead, cut; shortened by every compression rule first, so the
        // cut keeps the main clause rather than a fronted phrase ("With NATO attacks said to be
        // only days away…")
        if let best = usable.indices.min(by: { (length(usable[$0]), $0) < (length(usable[$1]), $1) }) {
            let lead = usable[best]
            let compact = compressor.map { collapsed($0.compress(lead, level: .full).text) } ?? lead
            return shortened(items.contains(compact) ? lead : compact, words: headlineWords)
        }
        if let lead = leads.first(where: { length($0) >= 2 }) {
            return shortened(lead, words: min(headlineWords, max(1, length(lead) - 1)))
        }
        return articles[central[0]].displayTitle
    }

    /// A lead as a whole headline: itself when it has at most ``headlineWords`` words, else its
    /// longest compression (``SpanCompressor``, every rule: each passes ``FaithfulnessGuard``)
    /// that does and is not a digest item; `nil` when neither fits.
    /// - Parameters:
    ///   - lead: a story's lead sentence.
    ///   - items: the story's digest items, whitespace collapsed.
    ///   - compressor: the compressor, `nil` for text it has no rules for (asked for only when
    ///     the lead is too long).
    /// - Returns: the headline, or `nil`.
    /// - Complexity: O(*n* · *s*) for *n* tokens and *s* deletable spans of the lead.
    static func wholeHeadline(
        _ lead: String, repeating items: Set<String>, compressor: @autoclosure () -> SpanCompressor?
    ) -> String? {
        if lead.split(separator: " ").count <= headlineWords { return lead }
        guard let compressor = compressor() else { return nil }
        return compressor.candidates(for: lead).first { candidate in
            candidate.wordCount <= headlineWords && !items.contains(collapsed(candidate.text))
        }.map { collapsed($0.text) }
    }

    /// Whether leads are English, the language of the compressor's word lists
    /// (``LanguageDetector``; undecided text counts as English, as the digest's splitter does).
    static func isEnglish(_ leads: [String]) -> Bool {
        LanguageDetector.detectWithShippedProfiles(leads.joined(separator: "\n")).map { $0 == "en" } ?? true
    }

    /// Words that open a sentence leaning on an earlier one: a pronoun, a connective, a quote.
    static let contextOpeners: Set<String> = [
        "he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "its", "their",
        "but", "and", "so", "also", "however", "meanwhile", "still", "yet", "then", "there", "we", "i",
    ]

    /// Whether a sentence opens with a ``contextOpeners`` word or a quotation mark.
    static func needsContext(_ sentence: String) -> Bool {
        guard let first = sentence.split(separator: " ").first else { return true }
        if let c = first.first, "\"'`“‘«".contains(c) { return true }
        return contextOpeners.contains(first.lowercased().trimmingCharacters(in: .punctuationCharacters))
    }

    /// Whether a sentence is an entry of a chronology: it opens with a date stamp and a dash or
    /// colon ("May 30 — The FTC opens a probe.", "Oct. 5, 1998: Talks begin.", "1970: Donahue
    /// debuts."). A timeline's first entry is the story's past, not its event.
    static func isChronologyEntry(_ sentence: String) -> Bool {
        sentence.range(of: Self._dateStamp, options: .regularExpression) != nil
    }

    static let _dateStamp =
        #"^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?|\d{4})(?: ?:| [—–-]+ | _ )"#

    /// Whether a sentence names something: a word after the first that starts with a capital
    /// ("Mitch", "U.S.") or holds a digit.
    static func namesSomething(_ sentence: String) -> Bool {
        sentence.split(separator: " ").dropFirst().contains { word in
            let word = word.drop { !$0.isLetter && !$0.isNumber }
            return word.first?.isUppercase == true || word.contains(where: \.isNumber)
        }
    }

    /// Whitespace runs as one space, trimmed.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A wire dateline taken off the front: "LONDON (AP) _ ", "BRUSSELS, January 22 (Xinhua) -- ",
    /// "WASHINGTON -- " (an upper-case place, optionally a date and an agency in brackets, then
    /// a dash or underscore).
    static func withoutDateline(_ sentence: String) -> String {
        let s = Substring(sentence)
        for marker in [" _ ", " -- ", " — ", " - "] {
            guard let r = s.range(of: marker), s.distance(from: s.startIndex, to: r.lowerBound) <= 60 else { continue }
            let head = s[..<r.lowerBound]
            let firstWord = head.split(separator: " ").first.map { $0.trimmingCharacters(in: .punctuationCharacters) } ?? ""
            if firstWord.count >= 2, firstWord == firstWord.uppercased(), firstWord.contains(where: \.isLetter) {
                return String(s[r.upperBound...])
            }
        }
        return sentence
    }

    /// `text` cut to at most `words` words: at the last clause break (",", ";", ":") that keeps at
    /// least half of them, else at the limit with "…"; unchanged when short enough. A cut that
    /// would leave a quotation open ("kept “an…") is made before the quotation instead, when
    /// that keeps at least half of the words.
    static func shortened(_ text: String, words limit: Int) -> String {
        let words = text.split(separator: " ")
        guard words.count > limit else { return text }
        var kept = words.prefix(limit)
        if let open = kept.indices.last(where: { kept[$0].first.map { "“\"‘".contains($0) } == true }),
           open >= limit / 2, !kept[open...].contains(where: { word in word.dropFirst().contains { "”\"’".contains($0) } }) {
            kept = kept[..<open]
        }
        if let last = kept.indices.last(where: { $0 >= limit / 2 && kept[$0].last.map { ",;:".contains($0) } == true }) {
            return String(kept[...last].joined(separator: " ").dropLast()) + "…"
        }
        return kept.joined(separator: " ") + "…"
    }
}
