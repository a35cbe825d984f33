/// Gives a person's first mention in a digest the full name its article wrote earlier
/// (Nenkova & McKeown's first-mention rewrite): "Kirkhart is vice president …" becomes "Ken
/// Kirkhart is vice president …" when an earlier sentence of the item's article, which the
/// digest did not pick, wrote "Ken Kirkhart".
///
/// A mention is completed when all of these hold (no named-entity tagger: the rules are about
/// capitals, the cluster's own casing and closed word lists):
/// - **A bare surname.** A capitalized word W (a possessive "Kirkhart's" counts as W) with a
///   lower-case letter, of letters, hyphens and apostrophes only, that the cluster never writes
///   in lower case, that is in none of the closed word classes (``WordClasses``: determiners,
///   pronouns, months, titles …) nor a common organisation or place head ("House", "Court",
///   "Party" …). Neither neighbour in the item is a capitalized word, except a capitalized closed
///   word before it ("But Ecevit warned …"): so a word inside a longer name ("New York", "White
///   House") is never W, and a mention after a title ("President Clinton", "Mr. Ecevit") is left
///   as it is (the title tells the reader who it is). A determiner right before W ("the
///   Yankees") marks something else than a person: left.
/// - **One full name in the article before it.** In the sentences of the item's article before
///   its source sentence (every source's article, for a fused item), every occurrence of W with
///   one to three given-name words right before it (capitalized words with a lower-case letter,
///   or an initial "J."; not a closed word, title or place or organisation modifier such as
///   "New", "White", "Supreme"), preceded by no determiner and no other capitalized word except
///   a title ("Prime Minister Bulent Ecevit" gives "Bulent"), and followed by no capitalized
///   word, writes a full name; exactly one distinct full name must be written ("Bill Clinton"
///   and "Hillary Clinton" in one article: left). The earliest sentence writing it is cited.
/// - **First in the digest.** No earlier item (in output order) has W, with or without given
///   names, and W is the first mention of that surname in the item; an item may complete
///   several different surnames.
/// - **Within the budget.** The inserted words keep the digest within its budget (words,
///   bytes, ratio; a sentence budget never moves); a completion that does not fit is left and
///   counted (``Result/leftForBudget``), and a later, shorter one may still fit. With
///   ``DigestOptions/planNames`` a digest that left some is selected again, holding back the
///   words of those surnames' names (``ClusterSentence/reservedWords``), so they fit.
/// - **Faithful.** The completed text passes
///   ``FaithfulnessGuard/violations(named:unnamed:citations:)`` against the item's text and
///   the cited sentences.
///
/// The items' selection, order, `kind` and `sources` never change; a completed item lists its
/// names with the sentences cited in ``DigestItem/names``.
public struct NameCompletion: Sendable {
    /// Completed items and what was left.
    public struct Result: Sendable, Hashable {
        /// The items, with names completed where the rules allow.
        public var items: [DigestItem]
        /// Mentions that met every rule but the budget.
        public var leftForBudget: Int
        /// Their surnames (as written, a possessive's "'s" cut): what a second selection plans
        /// for (``DigestOptions/planNames``).
        var leftSurnames: Set<Substring> = []
    }

    /// The closed word lists (``WordClasses``) a surname or given name must not be in.
    let closedWords: Set<String>
    /// The function words (determiners, pronouns, conjunctions, prepositions, auxiliaries,
    /// relatives, clause openers) that may stand capitalized right before a bare surname ("But
    /// Ecevit warned …"), unlike a title ("President Clinton").
    let functionWords: Set<String>

    /// Creates a completer.
    /// - Parameter classes: the closed word lists (default English: the rules are English).
    public init(classes: WordClasses = .english) {
        closedWords = Set(classes.words.values.joined())
        functionWords = Set(["determiner", "possessive", "pronoun", "conjunction", "preposition", "auxiliary", "relative",
                             "clause-opener", "discourse-bare", "negation", "modal"].flatMap { classes.words[$0] ?? [] })
    }

    /// Completes the first mention of each person named by bare surname.
    ///
    /// - Parameters:
    ///   - items: the digest's items, in output order.
    ///   - articles: every article's body sentences, in order, by document name (the names
    ///     ``DigestItem/document`` and ``SentenceSource/document`` use); the whole cluster,
    ///     whose casing also decides which words are never written in lower case.
    ///   - budget: the digest's budget.
    ///   - totalWords: the cluster's words (what a ratio budget is a share of).
    /// - Returns: the items with names completed, and how many completions the budget left out.
    /// - Complexity: O(*T* + *m* × *s*) for *T* tokens in the articles, *m* candidate mentions
    ///   and *s* tokens in the article sentences before each (each sentence tokenized once).
    public func complete(_ items: [DigestItem], articles: [String: [String]], budget: Budget, totalWords: Int) -> Result {
        let cluster = Articles(articles)
        let capacity = budget.capacity(totalWords: totalWords)
        var used = items.indices.reduce(0.0) { $0 + budget.cost(ofText: items[$1].text, separator: $1 > 0) }
        var mentioned = Set<Substring>()
        var left = Set<Substring>()
        var leftCount = 0
        var out = items
        for (k, item) in items.enumerated() {
            let words = CompressionToken.tokenize(item.text)
            var insertions: [Completion] = []
            for completion in completions(words, sources: item.sources, in: cluster, mentioned: mentioned) {
                let cost = budget.cost(ofText: completion.given + " ", separator: false)
                guard used + cost <= capacity else { left.insert(completion.surname); leftCount += 1; continue }
                used += cost
                insertions.append(completion)
            }
            for t in words where t.kind == .word && t.isCapitalized { mentioned.insert(FaithfulnessGuard.surnameStem(t.text)) }
            guard !insertions.isEmpty else { continue }
            var text = item.text
            for insertion in insertions.reversed() { text.insert(contentsOf: insertion.given + " ", at: insertion.at) }
            guard FaithfulnessGuard.violations(named: text, unnamed: item.text, citations: insertions.map(\.cited)).isEmpty else {
                used -= insertions.reduce(0.0) { $0 + budget.cost(ofText: $1.given + " ", separator: false) }
                continue
            }
            out[k].text = text
            out[k].names = (item.names ?? []) + insertions.map(\.source)
        }
        return Result(items: out, leftForBudget: leftCount, leftSurnames: left)
    }

    /// The cluster's articles as the rules read them: each sentence tokenized once, and the words
    /// the cluster writes in lower case somewhere (never a surname).
    struct Articles {
        /// Every article's body sentences, by document name.
        let texts: [String: [String]]
        /// The same sentences, tokenized.
        let tokens: [String: [[CompressionToken]]]
        /// Surname stems (lower-cased) of every word the cluster writes starting in lower case.
        let lowerCase: Set<String>
        /// Per article, where each capitalized word's surname stem stands (sentence, token), in
        /// text order: the full-name search visits only the surname's own occurrences.
        let occurrences: [String: [Substring: [(sentence: Int, position: Int)]]]

        /// Reads the articles.
        /// - Parameter texts: every article's body sentences, by document name.
        /// - Complexity: O(*T*) for *T* tokens.
        init(_ texts: [String: [String]]) {
            self.texts = texts
            tokens = texts.mapValues { $0.map(CompressionToken.tokenize) }
            var lowerCase = Set<String>()
            for article in tokens.values {
                for sentence in article {
                    for t in sentence where t.kind == .word && t.text.first?.isLowercase == true {
                        lowerCase.insert(FaithfulnessGuard.surnameStem(t.text).lowercased())
                    }
                }
            }
            self.lowerCase = lowerCase
            occurrences = tokens.mapValues { article in
                var at: [Substring: [(sentence: Int, position: Int)]] = [:]
                for (s, sentence) in article.enumerated() {
                    for (p, t) in sentence.enumerated() where t.kind == .word && t.isCapitalized {
                        at[FaithfulnessGuard.surnameStem(t.text), default: []].append((s, p))
                    }
                }
                return at
            }
        }
    }

    /// One completion a text allows: the given names to insert before a bare surname.
    struct Completion {
        /// The bare surname completed (a possessive's "'s" cut).
        let surname: Substring
        /// Where the given names go (the surname's start in the text).
        let at: String.Index
        /// The given names, as the article wrote them ("Ken", "J. Robert").
        let given: String
        /// The full name and the sentence that wrote it.
        let source: NameSource
        /// That sentence's text (what the faithfulness guard checks the insertion against).
        let cited: String
    }

    /// The completions a text allows on its own, in text order: every bare surname (first in
    /// the text, not in `mentioned`) whose article wrote exactly one full name for it before
    /// the text's sources. The per-text part of the type's rules, without the budget or the
    /// faithfulness check (what both ``complete(_:articles:budget:totalWords:)`` and the
    /// selection's reservation, ``reservation(of:sources:in:for:)``, read).
    /// - Parameters:
    ///   - words: the text's tokens.
    ///   - sources: the text's source sentences (the fullName search reads before them).
    ///   - cluster: the cluster's articles.
    ///   - mentioned: surname stems named earlier in the digest (left).
    /// - Returns: the completions, in text order.
    /// - Complexity: O(*m* × *s*) for *m* candidate mentions and *s* tokens before each source.
    func completions(_ words: [CompressionToken], sources: [SentenceSource], in cluster: Articles,
                     mentioned: Set<Substring> = []) -> [Completion] {
        var found: [Completion] = []
        var seen = Set<Substring>()
        for (i, token) in words.enumerated() where token.kind == .word && token.isCapitalized {
            let stem = FaithfulnessGuard.surnameStem(token.text)
            guard seen.insert(stem).inserted, !mentioned.contains(stem),
                  isBareSurname(words, at: i, stem: stem, lowerCase: cluster.lowerCase),
                  let name = fullName(stem, before: sources, in: cluster)
            else { continue }
            found.append(Completion(surname: stem, at: token.range.lowerBound, given: name.given, source: name.source, cited: name.cited))
        }
        return found
    }

    /// Whether `words[i]` (whose surname is `stem`) can be a bare surname: see the type's rules.
    func isBareSurname(_ words: [CompressionToken], at i: Int, stem: Substring, lowerCase: Set<String>) -> Bool {
        guard looksLikeName(stem), !lowerCase.contains(stem.lowercased()) else { return false }
        let key = stem.lowercased()
        guard !closedWords.contains(key), !Self.organisationHeads.contains(key) else { return false }
        if i > 0, words[i - 1].kind == .word {
            let before = words[i - 1]
            if Self.determiners.contains(before.key) { return false }
            if before.isCapitalized && !functionWords.contains(before.key) { return false }
        }
        if i + 1 < words.count, words[i + 1].kind == .word, words[i + 1].isCapitalized { return false }
        return true
    }

    /// The one full name the sentences before the item's sources (in their articles) write for
    /// `stem`, with the earliest sentence writing it; nil when none or several are written.
    func fullName(_ stem: Substring, before sources: [SentenceSource], in cluster: Articles)
        -> (given: String, source: NameSource, cited: String)? {
        var found: (given: String, source: NameSource, cited: String)?
        for source in sources {
            guard let sentences = cluster.tokens[source.document], let texts = cluster.texts[source.document],
                  let occurrences = cluster.occurrences[source.document]?[stem] else { continue }
            // a word whose stem is `stem` is capitalized (a bare surname is), so the index holds it
            for (s, p) in occurrences where s < min(source.sentenceIndex, sentences.count) {
                let words = sentences[s]
                guard let given = givenNames(words, before: p) else { continue }
                let text = texts[s]
                let written = String(text[words[given.lowerBound].range.lowerBound..<words[given.upperBound - 1].range.upperBound])
                if let found, found.given != written { return nil }  // two different people
                if found == nil {
                    found = (written, NameSource(name: written + " " + stem, document: source.document, sentenceIndex: s), text)
                }
            }
        }
        return found
    }

    /// The given names written right before `words[p]`: one to three name words, preceded by
    /// no determiner and no capitalized word but a title or a closed word, followed by no
    /// capitalized word; nil when there are none or the run reads as a place or organisation.
    func givenNames(_ words: [CompressionToken], before p: Int) -> Range<Int>? {
        if p + 1 < words.count, words[p + 1].kind == .word, words[p + 1].isCapitalized { return nil }
        var q = p - 1
        while q >= 0 && p - q <= Self.maximumGivenNames && isGivenName(words[q]) { q -= 1 }
        guard q < p - 1 else { return nil }
        if q >= 0, words[q].kind == .word {
            let before = words[q], key = Self.plainKey(before)
            if Self.determiners.contains(key) { return nil }
            // a longer run, or a modifier ("New York", "Supreme Court"): not a person's name
            if before.isCapitalized && !Self.titles.contains(key) && !closedWords.contains(key) { return nil }
        }
        return (q + 1)..<p
    }

    /// Whether a token can be a given name: a name-like word or an initial ("J."), not a
    /// closed word, title or place or organisation modifier.
    func isGivenName(_ token: CompressionToken) -> Bool {
        guard token.kind == .word else { return false }
        let text = token.text
        if text.count == 2, text.last == ".", text.first?.isUppercase == true { return true }
        let key = Self.plainKey(token)
        return looksLikeName(Substring(text)) && !closedWords.contains(key) && !Self.titles.contains(key)
            && !Self.modifiers.contains(key)
    }

    /// A capitalized word with a lower-case letter, of letters, hyphens and apostrophes only.
    func looksLikeName(_ word: Substring) -> Bool {
        guard let first = word.first, first.isUppercase, word.count >= 2, word.contains(where: \.isLowercase) else { return false }
        return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }
    }

    /// A token's key without a final period ("Sen." → "sen").
    static func plainKey(_ token: CompressionToken) -> String {
        token.key.hasSuffix(".") ? String(token.key.dropLast()) : token.key
    }

    /// At most this many given names are taken ("Jose Maria Aznar"); a longer run is a name of
    /// something else.
    static let maximumGivenNames = 3

    /// The classes of `Models/name-words-en.txt` (`class: word word …`), which
    /// `Evaluation/scripts/names_count.py` reads too.
    static func _nameWords(_ name: String) -> Set<String> {
        for line in ModelFiles.lines(of: ModelFiles.required("name-words-en.txt")) where line.hasPrefix(name + ":") {
            let words = Set(line.dropFirst(name.count + 1).split(separator: " ").map(String.init))
            precondition(!words.isEmpty, "Models/name-words-en.txt lists no \(name) words")
            return words
        }
        preconditionFailure("Models/name-words-en.txt has no class \(name)")
    }

    /// Determiners: before a capitalized word they make it a thing, not a person ("the Yankees").
    static let determiners = _nameWords("determiner")

    /// Titles and honorifics that may come right before a person's given names ("Prime Minister
    /// Bulent Ecevit", "Sen. John McCain"), besides the word class `title`.
    static let titles = _nameWords("honorific")

    /// Words that start the name of a place or organisation: a run holding one is not a
    /// person's name ("New York", "White House", "Supreme Court", "Democratic Left Party").
    static let modifiers = _nameWords("modifier")

    /// Heads of organisation and place names, never taken for a surname when written alone.
    static let organisationHeads = _nameWords("head")
}
