import Foundation

extension Article {
    /// The article's title, or when it has none its first words after any wire dateline (at
    /// most 12, then "…"), so a list of articles reads as text, not as ids. Never the id,
    /// unless the text is empty.
    public var displayTitle: String {
        if let title, case let t = Briefer.collapsed(title), !t.isEmpty { return Briefer.shortened(t, words: 20) }
        let lead = Briefer.withoutDateline(Briefer.collapsed(String(text.prefix(400))))
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
    /// 1. The title of the most central article that has one.
    /// 2. Otherwise the shortest of the first sentences (three per article) of the three most
    ///    central articles that is not a digest item and has at least five words; a longer
    ///    one is cut at its last clause break within the limit (or at the limit, with "…").
    /// 3. Otherwise (every such sentence is a digest item) the shortest of them, cut so it is
    ///    not the item itself.
    /// - Parameters:
    ///   - central: the story's article indexes, most central first.
    ///   - articles: the day's articles.
    ///   - digest: the story's digest, when made.
    /// - Returns: the headline.
    /// - Complexity: O(length of the three most central articles).
    static func headline(central: [Int], articles: [Article], digest: Digest?) -> String {
        if let titled = central.lazy.compactMap({ articles[$0].title.map(collapsed) }).first(where: { !$0.isEmpty }) {
            return shortened(titled, words: headlineWords)
        }
        let items = Set((digest?.items ?? []).map { collapsed($0.text) })
        let splitter = SentenceSplitter()
        var candidates: [String] = []
        for i in central.prefix(3) {
            let document = articles[i].document()
            var taken = 0
            for paragraph in document.paragraphs where taken < 3 {
                for sentence in splitter.split(paragraph) where taken < 3 {
                    let s = collapsed(withoutDateline(sentence))
                    if s.split(separator: " ").count >= 5 { candidates.append(s) }
                    taken += 1
                }
            }
        }
        func length(_ s: String) -> Int { s.split(separator: " ").count }
        let fresh = candidates.filter { !items.contains($0) }
        let pool = fresh.isEmpty ? candidates : fresh
        // Shortest first; ties by order (most central article first).
        if let best = pool.indices.min(by: { (length(pool[$0]), $0) < (length(pool[$1]), $1) }).map({ pool[$0] }) {
            let cut = shortened(best, words: fresh.isEmpty ? min(headlineWords, max(4, length(best) - 1)) : headlineWords)
            return cut
        }
        return articles[central[0]].displayTitle
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
    /// least half of them, else at the limit with "…"; unchanged when short enough.
    static func shortened(_ text: String, words limit: Int) -> String {
        let words = text.split(separator: " ")
        guard words.count > limit else { return text }
        let kept = words.prefix(limit)
        if let last = kept.indices.last(where: { $0 >= limit / 2 && kept[$0].last.map { ",;:".contains($0) } == true }) {
            return String(kept[...last].joined(separator: " ").dropLast()) + "…"
        }
        return kept.joined(separator: " ") + "…"
    }
}
