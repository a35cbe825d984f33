import PrecisSupport

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
enum Rouge155Stemmer {
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

    static func ends(_ w: [UInt8], _ suffix: StaticString) -> Bool { bytes(w, endWith: suffix) }

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
