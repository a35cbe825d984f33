import Foundation
import Precis
import PrecisSupport

/// A summary or reference as ROUGE reads it: token IDs for n-grams and skip bigrams (1.5.5's
/// `readText`) and per-sentence token IDs for ROUGE-L (`readText_LCS`, whose byte cut differs).
struct _RougeText: Sendable {
    var tokens: [Int32]
    var sentences: [[Int32]]
}

/// Reads texts into ``_RougeText`` values with one shared vocabulary, so that texts read by the
/// same reader can be compared by token ID. Not thread-safe: one reader per task.
final class _RougeReader {
    let options: RougeOptions
    let resources: RougeResources
    private let stem: @Sendable (String) -> String
    private var ids: [String: Int32] = [:]
    private var tokenCache: [String: Int32] = [:]

    init(options: RougeOptions, resources: RougeResources) {
        self.options = options
        self.resources = resources
        if options.profile == .rougeScore {
            let porter = PorterStemmer()
            stem = { porter.stem($0) }
        } else {
            stem = { Rouge155Stemmer.stem($0) }
        }
    }

    /// The number of distinct token forms seen.
    var vocabularySize: Int { ids.count }

    func read(_ bytes: [UInt8]) -> _RougeText {
        // Lines as Perl reads them; empty lines are not sentences.
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true).map { Array($0) }
        switch options.tokenizer {
        case .rouge155:
            for i in lines.indices { _RougeTokenizing.lowercaseASCII(&lines[i]) }
        case .unicode, .rougeScore:
            lines = lines.map { Array(String(decoding: $0, as: UTF8.self).lowercased().utf8) }
        }
        let (ngramSegments, lcsSentences) = _RougeTokenizing.truncate(lines, options.lengthLimit)
        var tokens: [Int32] = []
        for segment in ngramSegments { appendTokens(of: segment, to: &tokens) }
        let sentences = lcsSentences.map { sentence -> [Int32] in
            var t: [Int32] = []
            appendTokens(of: sentence, to: &t)
            return t
        }
        return _RougeText(tokens: tokens, sentences: sentences)
    }

    private func appendTokens(of segment: [UInt8], to out: inout [Int32]) {
        switch options.tokenizer {
        case .rouge155, .rougeScore:
            _RougeTokenizing.asciiRuns(segment) { run in
                let id = self.id(forRaw: String(decoding: run, as: UTF8.self))
                if id >= 0 { out.append(id) }
            }
        case .unicode:
            for word in _RougeTokenizing.unicodeRuns(String(decoding: segment, as: UTF8.self)) {
                let id = self.id(forRaw: word)
                if id >= 0 { out.append(id) }
            }
        }
    }

    /// The ID of a raw token after stop-word removal and stemming; -1 when it is dropped.
    private func id(forRaw raw: String) -> Int32 {
        if let cached = tokenCache[raw] { return cached }
        var result: Int32 = -1
        if !(options.removeStopWords && resources.stopWords.contains(raw)) {
            var form = raw
            let length = options.tokenizer == .unicode ? raw.count : raw.utf8.count
            if options.stemming && length > 3 {
                if options.profile == .rouge155, let base = resources.exceptions[raw] {
                    form = base
                } else {
                    form = stem(raw)
                }
            }
            if let existing = ids[form] {
                result = existing
            } else {
                result = Int32(ids.count)
                ids[form] = result
            }
        }
        tokenCache[raw] = result
        return result
    }
}

/// The text-level rules of ROUGE-1.5.5's `readText`, `readText_LCS` and tokenizer.
enum _RougeTokenizing {
    /// Perl's `\s`: space, tab, newline, vertical tab, form feed, carriage return.

    /// `tr/A-Z/a-z/`.
    static func lowercaseASCII(_ s: inout [UInt8]) {
        for i in s.indices where s[i] >= 0x41 && s[i] <= 0x5A { s[i] += 32 }
    }

    /// Perl's `split(/\s+/, $s)`: a leading empty field when `s` starts with whitespace,
    /// trailing empty fields removed.
    static func perlFields(_ s: [UInt8]) -> [ArraySlice<UInt8>] {
        var fields: [ArraySlice<UInt8>] = []
        var start = 0
        var i = 0
        while i < s.count {
            if isASCIIWhitespace(s[i]) {
                fields.append(s[start..<i])
                while i < s.count && isASCIIWhitespace(s[i]) { i += 1 }
                start = i
            } else {
                i += 1
            }
        }
        fields.append(s[start..<s.count])
        while let last = fields.last, last.isEmpty { fields.removeLast() }
        return fields
    }

    static func joinFields(_ fields: ArraySlice<ArraySlice<UInt8>>) -> [UInt8] {
        var out: [UInt8] = []
        for (k, field) in fields.enumerated() {
            if k > 0 { out.append(0x20) }
            out.append(contentsOf: field)
        }
        return out
    }

    /// The sentences kept by the length cut: for n-grams (`readText`, joined later with spaces)
    /// and for ROUGE-L (`readText_LCS`, whose byte cut never advances its length counter, so
    /// every sentence shorter than the limit is kept until one reaches it).
    static func truncate(_ lines: [[UInt8]], _ limit: RougeOptions.LengthLimit) -> ([[UInt8]], [[UInt8]]) {
        switch limit {
        case .none:
            return (lines, lines)
        case .words(let limit):
            var kept: [[UInt8]] = []
            var length = 0
            for line in lines {
                let fields = perlFields(line)
                if length + fields.count < limit {
                    kept.append(line)
                    length += fields.count
                } else {
                    kept.append(joinFields(fields[0..<(limit - length)]))
                    break
                }
            }
            return (kept, kept)
        case .bytes(let limit):
            var kept: [[UInt8]] = []
            var length = 0
            for line in lines {
                if length + line.count < limit {
                    kept.append(line)
                    length += line.count
                } else {
                    kept.append(Array(line[0..<(limit - length)]))
                    break
                }
            }
            var lcs: [[UInt8]] = []
            for line in lines {
                if line.count < limit {
                    lcs.append(line)
                } else {
                    lcs.append(Array(line[0..<limit]))
                    break
                }
            }
            return (kept, lcs)
        }
    }

    /// Calls `body` with every maximal run of `[a-z0-9]` (what survives 1.5.5's
    /// `s/-/ - /g; s/[^A-Za-z0-9\-]/ /g` and its `/^[a-z0-9\$]/` token filter).
    @inline(__always)
    static func asciiRuns(_ s: [UInt8], _ body: (ArraySlice<UInt8>) -> Void) {
        var start = -1
        for i in 0..<s.count {
            let c = s[i]
            let word = (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39)
            if word {
                if start < 0 { start = i }
            } else if start >= 0 {
                body(s[start..<i])
                start = -1
            }
        }
        if start >= 0 { body(s[start..<s.count]) }
    }

    /// Maximal runs of letters, marks and digits in any script.
    static func unicodeRuns(_ s: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in s {
            if ch.isLetter || ch.isNumber || ch.unicodeScalars.first.map({ $0.properties.generalCategory == .nonspacingMark }) == true {
                current.append(ch)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}

/// Token-level helpers for tests and tools.
package enum RougeTokenizer {
    /// The tokens ROUGE-1.5.5 scores in a text, before stop-word removal and stemming: runs of
    /// `[a-z0-9]` after ASCII lowercasing.
    /// - Parameter data: the text's bytes.
    /// - Returns: the tokens, in order.
    /// - Complexity: O(*n*) in the size of `data`.
    package static func rouge155Tokens(of data: Data) -> [String] {
        var bytes = [UInt8](data)
        _RougeTokenizing.lowercaseASCII(&bytes)
        var out: [String] = []
        _RougeTokenizing.asciiRuns(bytes) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }
}
