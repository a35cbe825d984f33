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
        if variant == .rouge155 { return _Rouge155Stemmer.stem(word) }
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
    @inline(__always) func ends(_ suffix: StaticString) -> Bool { _bytes(b, endWith: suffix) }

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

// MARK: - The ROUGE-1.5.5 variant

/// A byte-for-byte port of `sub stem` in ROUGE-1.5.5.pl (Martin Porter's Perl release 1 with
/// Chin-Yew Lin's 2004 step-4 change).
///
/// The Perl code decides measures with regular expressions rather than with the paper's
/// consonant definition, and the two disagree on some words with `y` (the regexes count a `y`
/// after a consonant run as a vowel only where `[aeiouy]` is tried) and on words with digits
/// (which the Perl code stems as consonants: `1990s` → `1990`). So the rules are evaluated
/// here exactly as the regexes match: ``_matches(_:_:anchored:)`` simulates each pattern as a
/// small NFA over the bytes, which gives the same yes/no answer as Perl's backtracking.
///
/// Words holding non-ASCII characters are returned lowercased and otherwise unchanged (the
/// ROUGE-1.5.5 tokenizer never produces them). Verified against the Perl code over every word
/// of the DUC 2004 and DUC 2006 corpora by `RougeStemmerOracleTests`.
enum _Rouge155Stemmer {
    /// One piece of the Perl patterns: `$C` (`[^aeiou][^aeiouy]*`), `$V` (`[aeiouy][aeiou]*`),
    /// `$v` (`[aeiouy]`), `[^aeiouwxy]`, optionally `(...)?`.
    enum _Piece { case consonants, vowels, vowel, notWXY, optionalConsonants, optionalVowels }

    static let mgr0: [_Piece] = [.optionalConsonants, .vowels, .consonants]
    static let mgr1: [_Piece] = [.optionalConsonants, .vowels, .consonants, .vowels, .consonants]
    static let meq1: [_Piece] = [.optionalConsonants, .vowels, .consonants, .optionalVowels]
    static let hasVowel: [_Piece] = [.optionalConsonants, .vowel]
    static let shortCVC: [_Piece] = [.consonants, .vowel, .notWXY]

    @inline(__always) static func isAEIOU(_ c: UInt8) -> Bool {
        c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75
    }
    @inline(__always) static func isAEIOUY(_ c: UInt8) -> Bool { isAEIOU(c) || c == 0x79 }

    /// Whether `^pieces` (and `$` when `anchored`) matches the first `count` bytes of `s`.
    static func _matches(_ s: [UInt8], _ count: Int, _ pieces: [_Piece], anchored: Bool) -> Bool {
        var reach = [Bool](repeating: false, count: count + 1)
        reach[0] = true
        for piece in pieces {
            var next = [Bool](repeating: false, count: count + 1)
            var any = false
            for p in 0...count where reach[p] {
                switch piece {
                case .optionalConsonants, .optionalVowels:
                    next[p] = true
                    any = true
                default: break
                }
                guard p < count else { continue }
                let c = s[p]
                switch piece {
                case .consonants, .optionalConsonants:
                    guard !isAEIOU(c) else { continue }
                    var q = p + 1
                    next[q] = true
                    while q < count && !isAEIOUY(s[q]) { q += 1; next[q] = true }
                    any = true
                case .vowels, .optionalVowels:
                    guard isAEIOUY(c) else { continue }
                    var q = p + 1
                    next[q] = true
                    while q < count && isAEIOU(s[q]) { q += 1; next[q] = true }
                    any = true
                case .vowel:
                    if isAEIOUY(c) { next[p + 1] = true; any = true }
                case .notWXY:
                    if !isAEIOUY(c) && c != 0x77 && c != 0x78 { next[p + 1] = true; any = true }
                }
            }
            guard any else { return false }
            reach = next
        }
        return anchored ? reach[count] : reach.contains(true)
    }

    static func ends(_ w: [UInt8], _ suffix: StaticString) -> Bool { _bytes(w, endWith: suffix) }

    /// The longest of `suffixes` that `w` ends with: Perl's leftmost match of `(a|b|...)$`.
    static func longestSuffix(_ w: [UInt8], _ suffixes: [(String, String)]) -> (String, String)? {
        var best: (String, String)?
        for rule in suffixes where w.count >= rule.0.utf8.count && w.suffix(rule.0.utf8.count).elementsEqual(rule.0.utf8) {
            if best == nil || rule.0.utf8.count > best!.0.utf8.count { best = rule }
        }
        return best
    }

    static let step2: [(String, String)] = [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
        ("logi", "log"),
    ]
    static let step3: [(String, String)] = [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ]
    static let step4: [(String, String)] = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
    ].map { ($0, "") }

    /// Stems one word as ROUGE-1.5.5's `stem` does (after lowercasing ASCII letters).
    static func stem(_ word: String) -> String {
        var w: [UInt8] = []
        w.reserveCapacity(word.utf8.count)
        for unit in word.utf8 {
            if unit >= 0x80 { return word.lowercased() }
            w.append(unit >= 0x41 && unit <= 0x5A ? unit + 32 : unit)
        }
        stemBytes(&w)
        return String(decoding: w, as: UTF8.self)
    }

    /// The Perl `stem` on lowercase ASCII bytes, in place.
    static func stemBytes(_ w: inout [UInt8]) {
        guard w.count >= 3 else { return }
        let initialY = w[0] == 0x79
        if initialY { w[0] = 0x59 }  // "Y": never a vowel to the patterns
        // Step 1a
        if ends(w, "sses") || ends(w, "ies") {
            w.removeLast(2)
        } else if w[w.count - 1] == 0x73 && w[w.count - 2] != 0x73 {
            w.removeLast()
        }
        // Step 1b
        if ends(w, "eed") {
            if _matches(w, w.count - 3, mgr0, anchored: false) { w.removeLast() }
        } else if ends(w, "ed") || ends(w, "ing") {
            let stemLength = w.count - (ends(w, "ed") ? 2 : 3)
            if _matches(w, stemLength, hasVowel, anchored: false) {
                w.removeLast(w.count - stemLength)
                let n = w.count
                if ends(w, "at") || ends(w, "bl") || ends(w, "iz") {
                    w.append(0x65)
                } else if n >= 2 && w[n - 1] == w[n - 2] && !isAEIOUY(w[n - 1])
                    && w[n - 1] != 0x6C && w[n - 1] != 0x73 && w[n - 1] != 0x7A
                {
                    w.removeLast()
                } else if _matches(w, n, shortCVC, anchored: true) {
                    w.append(0x65)
                }
            }
        }
        // Step 1c
        if ends(w, "y") && _matches(w, w.count - 1, hasVowel, anchored: false) {
            w[w.count - 1] = 0x69
        }
        // Steps 2 and 3
        for table in [step2, step3] {
            if let (suffix, replacement) = longestSuffix(w, table) {
                let stemLength = w.count - suffix.utf8.count
                if _matches(w, stemLength, mgr0, anchored: false) {
                    w.removeLast(suffix.utf8.count)
                    w.append(contentsOf: replacement.utf8)
                }
            }
        }
        // Step 4, as CYL modified it (02/14/2004): three tests in sequence.
        if let (suffix, _) = longestSuffix(w, step4), _matches(w, w.count - suffix.utf8.count, mgr1, anchored: false) {
            w.removeLast(suffix.utf8.count)
        }
        if ends(w, "ment") && _matches(w, w.count - 4, mgr1, anchored: false) { w.removeLast(4) }
        if ends(w, "ent") {
            if _matches(w, w.count - 3, mgr1, anchored: false) { w.removeLast(3) }
        } else if ends(w, "sion") || ends(w, "tion") {
            if _matches(w, w.count - 3, mgr1, anchored: false) { w.removeLast(3) }
        }
        // Step 5
        if ends(w, "e") {
            let n = w.count - 1
            if _matches(w, n, mgr1, anchored: false)
                || (_matches(w, n, meq1, anchored: true) && !_matches(w, n, shortCVC, anchored: true))
            {
                w.removeLast()
            }
        }
        if ends(w, "ll") && _matches(w, w.count, mgr1, anchored: false) { w.removeLast() }
        if initialY { w[0] = 0x79 }
    }
}

/// Whether `bytes` end with `suffix`. Suffixes are `StaticString`s: their bytes are read in
/// place, with none of `String`'s representation checks (both stemmers run this test ~30 times
/// a word). The last letters are compared first: most tests fail there.
@inline(__always) func _bytes(_ bytes: [UInt8], endWith suffix: StaticString) -> Bool {
    let n = suffix.utf8CodeUnitCount
    let count = bytes.count
    guard count >= n else { return false }
    // `withUTF8Buffer`, not `utf8Start`: a one-letter literal is held as a scalar, not bytes
    return suffix.withUTF8Buffer { units in
        bytes.withUnsafeBufferPointer { word in
            var k = n - 1
            while k >= 0 {
                if word[count - n + k] != units[k] { return false }
                k -= 1
            }
            return true
        }
    }
}
