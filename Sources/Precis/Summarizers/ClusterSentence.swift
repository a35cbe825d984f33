import PrecisSupport

/// One sentence of a cluster, with where it came from.
public struct ClusterSentence: Sendable, Hashable, Codable {
    /// The sentence as written in the article.
    public var text: String
    /// Index of its document in the cluster.
    public var document: Int
    /// 0-based position among its document's body sentences.
    public var index: Int
    /// Number of whitespace-separated words (what word budgets count).
    public var wordCount: Int
    /// For a fused sentence (``DigestOptions/fusion``), the places of the other sentences it was
    /// made from, sorted; empty for a source sentence or a compressed variant.
    public var fusedWith: [SentencePosition]
    /// Budget words held back for the given names the digest may add to the sentence's bare
    /// surnames after selection (``DigestOptions/planNames``); 0 otherwise. Word and ratio
    /// budgets count them with ``wordCount``.
    public internal(set) var reservedWords = 0
    /// The same names in UTF-8 bytes, each with its space, for byte budgets.
    public internal(set) var reservedBytes = 0

    public init(text: String, document: Int, index: Int, fusedWith: [SentencePosition] = []) {
        self.text = text
        self.document = document
        self.index = index
        self.fusedWith = fusedWith
        wordCount = Self.countWords(text)
    }

    /// The sentence's place: its document and position.
    public var position: SentencePosition { SentencePosition(document: document, index: index) }

    /// Every source sentence this one was made from: its own place, then ``fusedWith``.
    public var sourcePositions: [SentencePosition] { [position] + fusedWith }

    /// Whether `other` is a version of this sentence (itself, a compressed variant of it, or a
    /// fusion made from it): the two share a source sentence. A digest takes at most one version
    /// of a sentence.
    public func isVersion(of other: ClusterSentence) -> Bool {
        Self.shareASource(position, fusedWith: fusedWith, other.position, fusedWith: other.fusedWith)
    }

    /// Whether two sentences, given by their places and the places they were fused with, share a
    /// source sentence (``isVersion(of:)``, for callers that hold the places apart from the
    /// sentences); builds no array.
    static func shareASource(
        _ a: SentencePosition, fusedWith aFused: [SentencePosition], _ b: SentencePosition, fusedWith bFused: [SentencePosition]
    ) -> Bool {
        if a == b { return true }
        if aFused.isEmpty && bFused.isEmpty { return false }
        func isSourceOfB(_ p: SentencePosition) -> Bool { p == b || bFused.contains(p) }
        return isSourceOfB(a) || aFused.contains(where: isSourceOfB)
    }

    /// Whitespace-separated words in `text` (what word budgets and ROUGE's `-l` count).
    /// - Complexity: O(*n*), on Unicode scalars.
    public static func countWords(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var inWord = false
            var i = 0
            while i < bytes.count {
                let (scalar, length) = decodeScalar(bytes, at: i)
                i += length
                let space = scalar.isASCII ? isASCIIWhitespace(UInt8(scalar.value)) : scalar.properties.isWhitespace
                if space { inWord = false } else if !inWord { inWord = true; count += 1 }
            }
            return count
        }
    }

    /// Whether the text reads as a whole sentence: it starts with an uppercase letter, a digit,
    /// a quotation mark or a caseless letter, and ends with sentence punctuation (optionally
    /// followed by closing quotes or brackets). Fragments and leftover headlines fail.
    public var isWholeSentence: Bool {
        // “ and ‘ close German quotations („…“, ‚…‘)
        guard let first = text.first,
              let last = text.last(where: { !SentenceSplitter.isCloser($0) && $0 != "“" && $0 != "‘" })
        else { return false }
        let startsWell = first.isUppercase || first.isNumber || SentenceSplitter.isOpener(first)
            || (first.isLetter && !first.isLowercase)
        return startsWell && SentenceSplitter.isTerminator(last)
    }

    /// Words that, opening a sentence, point back to an earlier one: a reader of the sentence
    /// alone does not know who "he" is or what "this" or "but" answers.
    public static let contextOpeners: Set<String> = _backReferences("opener")

    /// Whether the sentence can be read without the one before it: it does not open with a
    /// quotation mark, with one of ``contextOpeners``, with a subject that points back
    /// (``opensWithReferringSubject``: "The group", "The two leaders", "Zelensky's
    /// announcement"), or with one of ``subordinators`` whose clause's subject is one of
    /// ``contextOpeners``.
    public var standsAlone: Bool {
        guard let first = text.first else { return false }
        if SentenceSplitter.isOpener(first) { return false }  // quotation marks and brackets
        let word = text.prefix { $0.isLetter }.lowercased()
        if Self.contextOpeners.contains(word) || opensWithReferringSubject { return false }
        guard Self.subordinators.contains(word) else { return true }
        // "While he affirmed …, he emphasized …": the clause's subject is the pronoun, so the
        // sentence needs the one before it as much as "He emphasized …" does
        let rest = text.dropFirst(word.count).drop { !$0.isLetter }
        return !Self.contextOpeners.contains(rest.prefix { $0.isLetter }.lowercased())
    }

    /// Subordinating conjunctions that, opening a sentence, are followed by their clause's
    /// subject: when that subject is one of ``contextOpeners`` ("While he …", "As they …",
    /// "Although this …"), the sentence does not stand alone either.
    public static let subordinators: Set<String> = _backReferences("subordinator")

    /// Splits documents into sentences, paragraph by paragraph.
    /// - Parameters:
    ///   - documents: cleaned documents.
    ///   - splitter: the sentence splitter.
    /// - Returns: every sentence, in document order.
    /// - Complexity: O(total text length), the documents on all cores.
    public static func sentences(of documents: [Document], splitter: SentenceSplitter = SentenceSplitter())
        -> [ClusterSentence]
    {
        // each document on its own (on all cores), then joined in document order
        var perDocument = [[ClusterSentence]](repeating: [], count: documents.count)
        perDocument.withUnsafeMutableBufferPointer { out in
            let base = out.baseAddress!
            parallelFor(documents.count) { d in
                var sentences: [ClusterSentence] = []
                for paragraph in documents[d].paragraphs {
                    for sentence in splitter.split(paragraph) {
                        sentences.append(ClusterSentence(text: sentence, document: d, index: sentences.count))
                    }
                }
                base[d] = sentences
            }
        }
        return Array(perDocument.joined())
    }
}
