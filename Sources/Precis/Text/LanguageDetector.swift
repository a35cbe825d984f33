import Foundation

/// Tells which language a text is written in, from its letters: a naive Bayes classifier over
/// character 1-, 2- and 3-grams (words padded with a boundary), with the profiles shipped in
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
    /// For each known n-gram, the languages that hold it and how much more likely it is there
    /// than the language's floor (log scale).
    private let entries: [String: [(language: Int32, gain: Float)]]
    /// Per n-gram length (1…3), per language, the log probability of an n-gram the profile lacks.
    private let floors: [[Float]]

    /// The fewest known n-grams a text must hold to be classified at all.
    public static let minimumEvidence = 12

    /// Parses profiles in the `Models/language-profiles.tsv` format: `code<TAB>n-gram<TAB>ln p`
    /// per line, `_` standing for a word boundary.
    /// - Parameter text: the profile file's text.
    public init(parsing text: String) {
        var codes: [String] = []
        var index: [String: Int] = [:]
        var raw: [String: [(Int32, Float)]] = [:]
        var minimum: [[Float]] = [[], [], []]
        for line in ModelFiles.lines(of: text) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let logp = Float(fields[2]) else { continue }
            let code = String(fields[0])
            let language: Int
            if let known = index[code] {
                language = known
            } else {
                language = codes.count
                index[code] = language
                codes.append(code)
                for n in 0..<3 { minimum[n].append(0) }
            }
            let gram = fields[1].replacingOccurrences(of: "_", with: " ")
            let n = gram.unicodeScalars.count
            guard (1...3).contains(n) else { continue }
            minimum[n - 1][language] = min(minimum[n - 1][language], logp)
            raw[gram, default: []].append((Int32(language), logp))
        }
        // an n-gram a profile lacks is taken as a little less likely than its rarest kept one
        let floors = minimum.map { $0.map { $0 - 1 } }
        var entries: [String: [(language: Int32, gain: Float)]] = [:]
        for (gram, list) in raw {
            let n = gram.unicodeScalars.count - 1
            entries[gram] = list.map { (language: $0.0, gain: $0.1 - floors[n][Int($0.0)]) }
        }
        self.codes = codes
        self.entries = entries
        self.floors = floors
    }

    /// The shipped profiles.
    public static let shipped = LanguageDetector(parsing: ModelFiles.text(named: "language-profiles.tsv"))

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
        func add(_ gram: String, _ n: Int) {
            guard let list = entries[gram] else { return }
            evidence += 1
            counts[n - 1] += 1
            for entry in list { scores[Int(entry.language)] += Double(entry.gain) }
        }
        // composed (NFC), as the profiles are; the prefix bounds the work on a long text
        let sample = WordTokenizer._composed(String(text.unicodeScalars.prefix(12_000)))
        for word in Self.words(sample, limit: 4_000, letters: &letters) {
            let scalars = [" "] + Array(word.unicodeScalars) + [" "]
            for i in scalars.indices {
                for n in 1...3 where i + n <= scalars.count {
                    if n == 1 && scalars[i] == " " { continue }
                    var gram = String.UnicodeScalarView()
                    gram.append(contentsOf: scalars[i..<(i + n)])
                    add(String(gram), n)
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
    static func words(_ text: String, limit: Int, letters: inout Int) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                current.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                letters += 1
            } else if scalar.properties.generalCategory == .nonspacingMark, !current.isEmpty {
                current.append(scalar)
            } else {
                flush()
                if letters >= limit { break }
            }
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
