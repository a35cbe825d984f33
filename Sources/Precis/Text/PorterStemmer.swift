import PrecisSupport

/// The Porter (1980) suffix-stripping stemmer for English.
///
/// It follows the published algorithm ("An algorithm for suffix stripping", *Program* 14(3))
/// rule for rule and agrees with NLTK's `PorterStemmer(mode=ORIGINAL_ALGORITHM)`; the test suite
/// checks this over more than 10,000 words. Debian's Snowball `porter` (libstemmer) is *not*
/// used here because it undoubles only `bb dd ff gg mm nn pp rr tt` in step 1b (`trekked` →
/// `trekk`), which departs from the paper. (ROUGE-1.5.5's own variant of the stemmer lives with
/// ROUGE, in the evaluation target.)
///
/// ```swift
/// let stemmer = PorterStemmer()
/// stemmer.stem("generalizations")   // "gener"
/// ```
///
/// Words are lowercased first. A word holding anything but ASCII letters is returned
/// lowercased and otherwise unchanged: the rules are defined for English letters only.
public struct PorterStemmer: Sendable, Hashable {
    /// Creates a stemmer.
    public init() {}

    /// Returns the stem of `word`.
    ///
    /// - Parameter word: one word; it is lowercased before stemming.
    /// - Returns: the stem, lowercase.
    /// - Complexity: O(*n*) in the length of `word`.
    public func stem(_ word: String) -> String {
        // the letters go straight into the word: a second reference to them would make the
        // first suffix removal copy the array
        var w = _PorterWord([])
        w.b.reserveCapacity(word.utf8.count)
        for unit in word.utf8 {
            switch unit {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): w.b.append(unit)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): w.b.append(unit + 32)
            default: return word.lowercased()
            }
        }
        w.stemOriginal()
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

    /// Whether the word ends with `suffix`.
    @inline(__always) func ends(_ suffix: StaticString) -> Bool { bytes(b, endWith: suffix) }

    /// Drops the last `count` letters, one at a time: `removeLast(_:)` takes the generic
    /// range-replacing path, ten times the cost for a suffix of a few letters.
    mutating func drop(_ count: Int) {
        for _ in 0..<count { b.removeLast() }
    }

    mutating func replaceSuffix(_ length: Int, with replacement: StaticString) {
        drop(length)
        replacement.withUTF8Buffer { b.append(contentsOf: $0) }
    }

    /// Applies the first rule whose suffix the word ends with, if its condition on the stem holds;
    /// later rules are not tried once a suffix matched (as the paper and NLTK do).
    mutating func applyFirst(_ rules: _RulesByLastLetter, when condition: Condition) {
        guard let last = b.last else { return }
        for (suffix, replacement) in rules[Int(last)] where ends(suffix) {
            let stemLength = b.count - suffix.utf8CodeUnitCount
            let holds: Bool
            switch condition {
            case .always: holds = true
            case .containsVowel: holds = containsVowel(stemLength)
            case .measureAboveZero: holds = measure(stemLength) > 0
            }
            if holds { replaceSuffix(suffix.utf8CodeUnitCount, with: replacement) }
            return
        }
    }

    /// The condition a rule puts on the stem left after removing its suffix.
    enum Condition { case always, containsVowel, measureAboveZero }

    // MARK: Step tables

    /// (suffix, replacement) rules by the last byte of their suffix, in table order: a word can
    /// end only with the suffixes of its own last letter, so the others are never tested
    /// (the first matching rule is the same).
    typealias _RulesByLastLetter = [[(StaticString, StaticString)]]

    static func _byLastLetter(_ rules: [(StaticString, StaticString)]) -> _RulesByLastLetter {
        var buckets = _RulesByLastLetter(repeating: [], count: 256)
        for rule in rules { rule.0.withUTF8Buffer { buckets[Int($0[$0.count - 1])].append(rule) } }
        return buckets
    }

    static let step1aRules = _byLastLetter([("sses", "ss"), ("ies", "i"), ("ss", "ss"), ("s", "")])
    static let step1cRules = _byLastLetter([("y", "i")])
    static let step2Original = _byLastLetter([
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ])
    static let step3Rules = _byLastLetter([
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ])
    /// Step 4's suffixes (removed, replaced by nothing).
    static let step4Original = _byLastLetter(([
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize",
    ] as [StaticString]).map { ($0, "") })

    // MARK: The original algorithm

    mutating func stemOriginal() {
        applyFirst(Self.step1aRules, when: .always)
        step1b()
        applyFirst(Self.step1cRules, when: .containsVowel)
        applyFirst(Self.step2Original, when: .measureAboveZero)
        applyFirst(Self.step3Rules, when: .measureAboveZero)
        for (suffix, _) in Self.step4Original[Int(b.last ?? 0)] where ends(suffix) {
            let stemLength = b.count - suffix.utf8CodeUnitCount
            var holds = measure(stemLength) > 1
            if ends("ion") {  // the matched suffix is "ion": no earlier one ends that way
                holds = holds && (b[stemLength - 1] == UInt8(ascii: "s") || b[stemLength - 1] == UInt8(ascii: "t"))
            }
            if holds { drop(suffix.utf8CodeUnitCount) }
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
        for suffix: StaticString in ["ed", "ing"] where ends(suffix) {
            let stemLength = b.count - suffix.utf8CodeUnitCount
            if containsVowel(stemLength) {
                drop(suffix.utf8CodeUnitCount)
                removed = true
            }
            break
        }
        guard removed else { return }
        if ends("at") || ends("bl") || ends("iz") {
            b.append(UInt8(ascii: "e"))
        } else if endsDoubleConsonant(b.count) {
            switch b[b.count - 1] {
            case UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "z"): break
            case UInt8(ascii: "y") where rouge: break
            default: b.removeLast()
            }
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
}
