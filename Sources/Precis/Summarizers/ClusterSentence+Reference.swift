import PrecisSupport

/// Subjects that point back: a sentence opening with one names nothing a reader of it alone can
/// identify ("The group, dubbed …", "The two leaders met …", "Zelensky's announcement on X came …").
extension ClusterSentence {
    /// The words of one kind in `Models/back-references-en.txt` (`kind word` per line), the
    /// lists the readability rule and `Evaluation/scripts/readability_count.py` share.
    static func _backReferences(_ kind: String) -> Set<String> {
        var words = Set<String>()
        for line in ModelFiles.lines(of: ModelFiles.required("back-references-en.txt")) {
            let parts = line.split(separator: " ")
            if parts.count == 2, parts[0] == kind { words.insert(String(parts[1])) }
        }
        precondition(!words.isEmpty, "Models/back-references-en.txt lists no \(kind) words")
        return words
    }

    /// Nouns that, as the head of a definite subject ("The group", "The two leaders", "The move"),
    /// stand for something an earlier sentence named: an organization, a person by role, an
    /// event or a decision.
    public static let referringNouns: Set<String> = _backReferences("noun")

    /// Nouns that, after a name's possessive ("Zelensky's announcement", "Clinton's decision"),
    /// stand for an event an earlier sentence told.
    public static let eventNouns: Set<String> = _backReferences("event")

    /// Words that, right after the head noun, say which one it is ("The group of seven
    /// nations", "The move to cut rates", "The talks between Russia and Ukraine").
    static let namingFollowers: Set<String> = _backReferences("naming")

    /// Number words and determiners that may stand between "The" and the head ("The two leaders").
    static let countWords: Set<String> = _backReferences("count")

    /// Whether the sentence's subject is a definite description that points back: "The" (or
    /// "Both"), an optional count word and one of ``referringNouns`` not followed by words that
    /// name it (`namingFollowers`), or a possessive followed by one of ``eventNouns``.
    /// Pronouns, demonstratives and connectives are ``contextOpeners`` (``standsAlone``).
    /// - Complexity: O(length of the first few words).
    public var opensWithReferringSubject: Bool {
        let words = Self._leadingWords(text, count: 5)
        guard words.count >= 2 else { return false }
        let first = words[0].lowercased()
        if first == "the" || first == "both" {
            var k = 1
            if k < words.count - 1, Self.countWords.contains(words[k].lowercased()),
               Self.referringNouns.contains(words[k + 1].lowercased()) { k += 1 }
            let head = words[k].lowercased()
            guard Self.referringNouns.contains(head), !words[k].hasSuffix("'s") else { return false }
            // "The two leaders" counts "two" as the head when no noun follows: "The two met …"
            let next = k + 1 < words.count ? words[k + 1].lowercased() : ""
            return !Self.namingFollowers.contains(next)
        }
        // "Zelensky's announcement on X came …": a name's possessive, then an event noun
        if words[0].hasSuffix("'s") || words[0].hasSuffix("\u{2019}s"), let initial = words[0].first, initial.isUppercase {
            let head = words[1].lowercased()
            let next = words.count > 2 ? words[2].lowercased() : ""
            return Self.eventNouns.contains(head) && !Self.namingFollowers.contains(next)
        }
        return false
    }

    /// The first `count` words of `text`, letters, digits and apostrophes only (a comma or a
    /// quotation mark ends a word and is dropped).
    static func _leadingWords(_ text: String, count: Int) -> [String] {
        _leadingASCIIWords(text, count: count) ?? _leadingWordsByCharacter(text, count: count)
    }

    /// ``_leadingWords(_:count:)`` read character by character (any text).
    static func _leadingWordsByCharacter(_ text: String, count: Int) -> [String] {
        var words: [String] = []
        var current = ""
        for c in text {
            // c.isLetter || c.isNumber, without the Unicode tables for ASCII
            if CompressionToken.isWordCharacter(c) || ((c == "'" || c == "\u{2019}") && !current.isEmpty) {
                current.append(c)
            } else {
                if !current.isEmpty { words.append(current); current = "" }
                if words.count == count { break }
            }
        }
        if !current.isEmpty && words.count < count { words.append(current) }
        return words
    }

    /// ``_leadingWords(_:count:)`` read byte by byte while the text is ASCII (bytes are then
    /// characters, "\r\n" aside, which ends a word either way); nil when a non-ASCII byte comes
    /// before the words are read.
    static func _leadingASCIIWords(_ text: String, count: Int) -> [String]? {
        let read: [String]?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var words: [String] = []
            var start = -1  // where the current word starts
            for (i, b) in bytes.enumerated() {
                guard b < 0x80 else { return nil }
                let isWordCharacter = isASCIILetterOrDigit(b)
                if isWordCharacter || (b == UInt8(ascii: "'") && start >= 0) {
                    if start < 0 { start = i }
                } else {
                    if start >= 0 { words.append(String(decoding: bytes[start..<i], as: UTF8.self)); start = -1 }
                    if words.count == count { return words }
                }
            }
            if start >= 0 && words.count < count { words.append(String(decoding: bytes[start...], as: UTF8.self)) }
            return words
        }
        return read ?? nil
    }
}
