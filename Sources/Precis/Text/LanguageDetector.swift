import Foundation
import PrecisSupport

/// Tells which language a text is written in, from its letters: a naive Bayes classifier over
/// character 1-, 2- and 3-grams of its words (each padded with a boundary, a word counted at
/// most three times), with the profiles shipped in
/// `Models/language-profiles.tsv` (the most frequent n-grams of langdetect's 51 non-CJK
/// profiles; provenance in `Models/README.md`).
///
/// ```swift
/// LanguageDetector.shipped.detect("Die Regierung hat am Montag neue Pläne vorgelegt.")   // "de"
/// ```
///
/// A profile language that Precis has no rules for (Polish, Czech …) is still recognised, so its
/// text is not mistaken for a language that has rules; ``Language/init(code:)`` then gives `nil`.
public struct LanguageDetector: Sendable {
    /// The language codes of the profiles, in file order.
    public let codes: [String]
    /// For each known n-gram (its scalars packed 21 bits apiece), the range of its entries in
    /// ``entryLanguages`` and ``entryGains``.
    private let gramEntries: [UInt64: Range<Int32>]
    /// The languages holding each n-gram, grouped by n-gram.
    private let entryLanguages: [Int32]
    /// How much more likely the n-gram is in that language than the language's floor (log scale).
    private let entryGains: [Float]
    /// Per n-gram length (1…3), per language, the log probability of an n-gram the profile lacks.
    private let floors: [[Float]]

    /// The fewest known n-grams a text must hold to be classified at all.
    public static let minimumEvidence = 12

    /// Parses profiles in the `Models/language-profiles.tsv` format: `code<TAB>n-gram<TAB>ln p`
    /// per line, `_` standing for a word boundary, `#` comments.
    /// - Parameter text: the profile file's text.
    /// - Complexity: O(*n*) in the length of `text`; read byte by byte (the file has some 35,000
    ///   lines, and splitting them as strings took a third of a second).
    public init(parsing text: String) {
        var codes: [String] = []
        var index: [String: Int] = [:]
        var rows: [(gram: UInt64, n: Int, language: Int32, logp: Float)] = []
        var minimum: [[Float]] = [[], [], []]
        var lastCode: [UInt8] = []
        var language = 0
        var text = text
        text.withUTF8 { bytes in
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                guard lineEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") else { continue }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                guard let tab1 = line.firstIndex(of: 0x09),
                      let tab2 = line[(tab1 + 1)...].firstIndex(of: 0x09),
                      let logp = Self.parseFloat(line[(tab2 + 1)...])
                else { continue }
                // the file is grouped by language: a new code only where the line's differs
                if lastCode.count != tab1 || !lastCode.elementsEqual(line[..<tab1]) {
                    lastCode = Array(line[..<tab1])
                    let code = String(decoding: lastCode, as: UTF8.self)
                    if let known = index[code] {
                        language = known
                    } else {
                        language = codes.count
                        index[code] = language
                        codes.append(code)
                        for n in 0..<3 { minimum[n].append(0) }
                    }
                }
                var gram: UInt64 = 0
                var n = 0
                var k = tab1 + 1
                while k < tab2 {
                    let (scalar, length) = decodeScalar(line, at: k)
                    if n < 3 { gram |= UInt64((scalar == "_" ? " " : scalar).value) << (21 * UInt64(n)) }
                    n += 1
                    k += length
                }
                guard (1...3).contains(n) else { continue }
                minimum[n - 1][language] = min(minimum[n - 1][language], logp)
                rows.append((gram, n, Int32(language), logp))
            }
        }
        // an n-gram a profile lacks is taken as a little less likely than its rarest kept one
        let floors = minimum.map { $0.map { $0 - 1 } }
        // the shipped file lists each n-gram's languages together; any other order is sorted first
        var gramEntries = Self.groups(rows.map(\.gram))
        if gramEntries == nil {
            rows.sort { ($0.gram, $0.language) < ($1.gram, $1.language) }
            gramEntries = Self.groups(rows.map(\.gram))
        }
        self.codes = codes
        self.gramEntries = gramEntries ?? [:]
        entryLanguages = rows.map(\.language)
        entryGains = rows.map { $0.logp - floors[$0.n - 1][Int($0.language)] }
        self.floors = floors
    }

    /// Each key's range of rows, or nil when a key's rows are not contiguous.
    static func groups(_ keys: [UInt64]) -> [UInt64: Range<Int32>]? {
        var ranges: [UInt64: Range<Int32>] = [:]
        ranges.reserveCapacity(keys.count / 2)
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count, keys[end] == keys[start] { end += 1 }
            guard ranges.updateValue(Int32(start)..<Int32(end), forKey: keys[start]) == nil else { return nil }
            start = end
        }
        return ranges
    }

    /// Up to three scalars as one key (none is zero, so lengths cannot collide).
    static func pack<C: Collection>(_ scalars: C) -> UInt64 where C.Element == Unicode.Scalar {
        var key: UInt64 = 0
        for (k, scalar) in scalars.enumerated() { key |= UInt64(scalar.value) << (21 * UInt64(k)) }
        return key
    }

    /// A decimal such as `-5.123` (what the profile file holds), or nil.
    static func parseFloat(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Float? {
        var i = bytes.startIndex
        var negative = false
        if i < bytes.endIndex, bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        var value: Double = 0
        var scale: Double = 0
        var digits = 0
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == UInt8(ascii: ".") {
                guard scale == 0 else { return nil }
                scale = 1
            } else if b >= 0x30 && b <= 0x39 {
                value = value * 10 + Double(b - 0x30)
                if scale > 0 { scale *= 10 }
                digits += 1
            } else if b == 0x0D {
                break
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        let magnitude = scale > 0 ? value / scale : value
        return Float(negative ? -magnitude : magnitude)
    }

    /// The shipped profiles.
    public static let shipped = LanguageDetector(parsing: ModelFiles.required("language-profiles.tsv"))

    /// The language of `text` as a profile code (`"de"`, `"pl"` …), or `nil` when it holds too
    /// few letters of a profiled script (CJK text, numbers, empty text).
    /// - Parameter text: any text; the first 4,000 letters or so are read.
    /// - Returns: the most likely profile's code, ties to the earlier code.
    /// - Complexity: O(*n* × *k*) for *n* letters read and *k* profiles holding each n-gram.
    public func detect(_ text: String) -> String? {
        guard let scores = scores(text) else { return nil }
        var best = 0
        for l in scores.indices where scores[l] > scores[best] { best = l }
        return codes[best]
    }

    /// The log-likelihood of `text` under each profile (in ``codes`` order), or `nil` when the
    /// text holds fewer than ``minimumEvidence`` known n-grams.
    public func scores(_ text: String) -> [Double]? {
        var scores = [Double](repeating: 0, count: codes.count)
        var counts = [0, 0, 0]
        var evidence = 0
        var letters = 0
        // composed (NFC), as the profiles are; the prefix bounds the work on a long text
        let sample = WordTokenizer._composed(String(text.unicodeScalars.prefix(12_000)))
        // a word counts at most three times: a word repeated many times (a name, a run of
        // filler) does not outvote the rest of the text, while function words still weigh
        var seen: [String: Int] = [:]
        for word in Self.words(sample, limit: 4_000, letters: &letters) {
            seen[word, default: 0] += 1
            guard seen[word]! <= 3 else { continue }
            let scalars: [Unicode.Scalar] = [" "] + Array(word.unicodeScalars) + [" "]
            for i in scalars.indices {
                for n in 1...3 where i + n <= scalars.count {
                    if n == 1 && scalars[i] == " " { continue }
                    guard let range = gramEntries[Self.pack(scalars[i..<(i + n)])] else { continue }
                    evidence += 1
                    counts[n - 1] += 1
                    for e in Int(range.lowerBound)..<Int(range.upperBound) {
                        scores[Int(entryLanguages[e])] += Double(entryGains[e])
                    }
                }
            }
        }
        guard evidence >= Self.minimumEvidence else { return nil }
        for l in scores.indices {
            for n in 0..<3 { scores[l] += Double(counts[n]) * Double(floors[n][l]) }
        }
        return scores
    }

    /// The lowercase words of `text` (runs of letters), until about `limit` letters are read.
    /// - Complexity: O(*n*); ASCII letters are lowercased as bytes (a `String` per scalar cost
    ///   more than the rest of the detection).
    static func words(_ text: String, limit: Int, letters: inout Int) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(32)
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) {
                    current.append(UInt8(v | 0x20))
                    letters += 1
                    continue
                }
            } else if scalar.properties.isAlphabetic {
                for lowered in String(scalar).lowercased().unicodeScalars { current.append(contentsOf: lowered.utf8) }
                letters += 1
                continue
            } else if scalar.properties.generalCategory == .nonspacingMark, !current.isEmpty {
                current.append(contentsOf: scalar.utf8)
                continue
            }
            flush()
            if letters >= limit { break }
        }
        flush()
        return words
    }
}

extension LanguageDetector {
    /// The language of `text` among those Precis has rules for.
    /// - Parameter text: any text.
    /// - Returns: the detected ``Language``, or `nil` when the text is undetermined or in a
    ///   language without rules.
    public func language(of text: String) -> Language? {
        detect(text).flatMap(Language.init(code:))
    }
}
