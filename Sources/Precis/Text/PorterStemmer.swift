/// The Porter (1980) suffix-stripping stemmer for English.
///
/// Two variants are provided, because exact compatibility matters in two places:
///
/// - ``Variant/original`` follows the published algorithm ("An algorithm for suffix
///   stripping", *Program* 14(3)) rule for rule. It agrees with NLTK's
///   `PorterStemmer(mode=ORIGINAL_ALGORITHM)`; the test suite checks this over more than
///   10,000 words. Debian's Snowball `porter` (libstemmer) is *not* used here because it
///   undoubles only `bb dd ff gg mm nn pp rr tt` in step 1b (`trekked` → `trekk`), which
///   departs from the paper.
/// - ``Variant/rouge155`` reproduces the Perl stemmer inside ROUGE-1.5.5, which the field's
///   published scores depend on: words shorter than three letters are kept, step 2 uses
///   Porter's later `bli`/`logi` rules, and step 4 applies its `-ement`, `-ment` and `-ent`
///   rules one after another (Chin-Yew Lin's 2004 change), so `agreement` → `agreem`.
///
/// ```swift
/// let stemmer = PorterStemmer()
/// stemmer.stem("generalizations")   // "gener"
/// PorterStemmer(variant: .rouge155).stem("agreement")   // "agreem"
/// ```
///
/// Words are lowercased first. A word holding anything but ASCII letters is returned
/// lowercased and otherwise unchanged: the rules are defined for English letters only.
public struct PorterStemmer: Sendable, Hashable {
    /// Which rule set to apply.
    public enum Variant: String, Sendable, Hashable, Codable, CaseIterable {
        /// The published 1980 algorithm (NLTK `ORIGINAL_ALGORITHM`).
        case original
        /// The stemmer embedded in ROUGE-1.5.5 (`ROUGE-1.5.5.pl`, sub `stem`).
        case rouge155
    }

    /// The rule set this stemmer applies.
    public let variant: Variant

    /// Creates a stemmer.
    /// - Parameter variant: the rule set; `.original` unless ROUGE-1.5.5 compatibility is needed.
    public init(variant: Variant = .original) {
        self.variant = variant
    }

    /// Returns the stem of `word`.
    ///
    /// - Parameter word: one word; it is lowercased before stemming.
    /// - Returns: the stem, lowercase.
    /// - Complexity: O(*n*) in the length of `word`.
    public func stem(_ word: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.utf8.count)
        for unit in word.utf8 {
            switch unit {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): bytes.append(unit)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(unit + 32)
            default: return word.lowercased()
            }
        }
        var w = _PorterWord(bytes)
        switch variant {
        case .original: w.stemOriginal()
        case .rouge155: w.stemRouge155()
        }
        return String(decoding: w.b, as: UTF8.self)
    }
}

/// A word under stemming: lowercase ASCII bytes and the measures the rules test.
struct _PorterWord {
    var b: [UInt8]

    init(_ bytes: [UInt8]) { b = bytes }

    // MARK: Definitions from the paper

    /// A consonant is a letter other than a, e, i, o, u, and other than y preceded by a consonant.
    func isConsonant(_ i: Int, in s: ArraySlice<UInt8>) -> Bool {
        switch s[i] {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"):
            return false
        case UInt8(ascii: "y"):
            return i == s.startIndex ? true : !isConsonant(i - 1, in: s)
        default:
            return true
        }
    }

    /// m in [C](VC)^m[V] for the first `count` letters.
    func measure(_ count: Int) -> Int {
        let s = b[0..<count]
        var m = 0
        var previousWasVowel = false
        for i in s.indices {
            let consonant = isConsonant(i, in: s)
            if consonant && previousWasVowel { m += 1 }
            previousWasVowel = !consonant
        }
        return m
    }

    /// *v*: the first `count` letters contain a vowel.
    func containsVowel(_ count: Int) -> Bool {
        let s = b[0..<count]
        return s.indices.contains { !isConsonant($0, in: s) }
    }

    /// *d: the first `count` letters end with a double consonant.
    func endsDoubleConsonant(_ count: Int) -> Bool {
        count >= 2 && b[count - 1] == b[count - 2] && isConsonant(count - 1, in: b[0..<count])
    }

    /// *o: the first `count` letters end consonant-vowel-consonant, the last not w, x or y.
    func endsCVC(_ count: Int) -> Bool {
        guard count >= 3 else { return false }
        let s = b[0..<count]
        let last = b[count - 1]
        return isConsonant(count - 3, in: s) && !isConsonant(count - 2, in: s) && isConsonant(count - 1, in: s)
            && last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != UInt8(ascii: "y")
    }

    func ends(_ suffix: String) -> Bool {
        let s = Array(suffix.utf8)
        return b.count >= s.count && b[(b.count - s.count)...].elementsEqual(s)
    }

    mutating func replaceSuffix(_ length: Int, with replacement: String) {
        b.removeLast(length)
        b.append(contentsOf: replacement.utf8)
    }

    /// Applies the first rule whose suffix the word ends with, if its condition on the stem holds;
    /// later rules are not tried once a suffix matched (as the paper and NLTK do).
    mutating func applyFirst(_ rules: [(String, String)], when condition: Condition) {
        for (suffix, replacement) in rules where ends(suffix) {
            let stemLength = b.count - suffix.utf8.count
            let holds: Bool
            switch condition {
            case .always: holds = true
            case .containsVowel: holds = containsVowel(stemLength)
            case .measureAboveZero: holds = measure(stemLength) > 0
            }
            if holds { replaceSuffix(suffix.utf8.count, with: replacement) }
            return
        }
    }

    /// The condition a rule puts on the stem left after removing its suffix.
    enum Condition { case always, containsVowel, measureAboveZero }

    // MARK: Step tables

    static let step1aRules: [(String, String)] = [("sses", "ss"), ("ies", "i"), ("ss", "ss"), ("s", "")]
    static let step2Original: [(String, String)] = [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ]
    /// ROUGE-1.5.5 uses Porter's later `bli` → `ble` and `logi` → `log`.
    static let step2Rouge: [(String, String)] = [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
        ("logi", "log"),
    ]
    static let step3Rules: [(String, String)] = [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ]
    static let step4Original = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize",
    ]
    static let step4RougeFirst = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
    ]

    // MARK: The original algorithm

    mutating func stemOriginal() {
        applyFirst(Self.step1aRules, when: .always)
        step1b()
        applyFirst([("y", "i")], when: .containsVowel)
        applyFirst(Self.step2Original, when: .measureAboveZero)
        applyFirst(Self.step3Rules, when: .measureAboveZero)
        for suffix in Self.step4Original where ends(suffix) {
            let stemLength = b.count - suffix.utf8.count
            var holds = measure(stemLength) > 1
            if suffix == "ion" {
                holds = holds && (b[stemLength - 1] == UInt8(ascii: "s") || b[stemLength - 1] == UInt8(ascii: "t"))
            }
            if holds { b.removeLast(suffix.utf8.count) }
            break
        }
        step5()
    }

    /// Step 1b, shared by both variants (they differ only on a double `y`, which the
    /// ROUGE regex `[^aeiouylsz]` never undoubles).
    mutating func step1b(rouge: Bool = false) {
        if ends("eed") {
            if measure(b.count - 3) > 0 { b.removeLast() }
            return
        }
        var removed = false
        for suffix in ["ed", "ing"] where ends(suffix) {
            let stemLength = b.count - suffix.utf8.count
            if containsVowel(stemLength) {
                b.removeLast(suffix.utf8.count)
                removed = true
            }
            break
        }
        guard removed else { return }
        if ends("at") || ends("bl") || ends("iz") {
            b.append(UInt8(ascii: "e"))
        } else if endsDoubleConsonant(b.count) {
            let last = b[b.count - 1]
            let keep: [UInt8] = rouge ? Array("lszy".utf8) : Array("lsz".utf8)
            if !keep.contains(last) { b.removeLast() }
        } else if measure(b.count) == 1 && endsCVC(b.count) {
            b.append(UInt8(ascii: "e"))
        }
    }

    mutating func step5() {
        if ends("e") {
            let m = measure(b.count - 1)
            if m > 1 || (m == 1 && !endsCVC(b.count - 1)) { b.removeLast() }
        }
        if ends("ll") && measure(b.count) > 1 { b.removeLast() }
    }

    // MARK: The ROUGE-1.5.5 variant

    mutating func stemRouge155() {
        guard b.count >= 3 else { return }
        applyFirst(Self.step1aRules, when: .always)
        step1b(rouge: true)
        applyFirst([("y", "i")], when: .containsVowel)
        applyFirst(Self.step2Rouge, when: .measureAboveZero)
        applyFirst(Self.step3Rules, when: .measureAboveZero)
        // Step 4 as ROUGE-1.5.5 runs it: three rules tested in sequence on the updated word.
        for suffix in Self.step4RougeFirst where ends(suffix) {
            if measure(b.count - suffix.utf8.count) > 1 { b.removeLast(suffix.utf8.count) }
            break
        }
        if ends("ment") && measure(b.count - 4) > 1 { b.removeLast(4) }
        if ends("ent") {
            if measure(b.count - 3) > 1 { b.removeLast(3) }
        } else if ends("sion") || ends("tion") {
            if measure(b.count - 3) > 1 { b.removeLast(3) }
        }
        step5()
    }
}
