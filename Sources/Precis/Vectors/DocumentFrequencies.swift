import Foundation
import PrecisSupport

/// Background document-frequency statistics: in how many documents of a large corpus each term
/// occurs. Only counts are kept, never text.
///
/// Inside one five-article cluster every topic word (Zelensky, Putin, Istanbul) is in every
/// document, so IDF computed from the cluster alone drives exactly the words that matter to
/// zero. A background model built from other news gives them the weight they deserve.
///
/// The file format is text: a `# precis-df 1` line, `documents<TAB>N`, `analyzer<TAB>signature`,
/// then `term<TAB>df` lines sorted by term. Build one with `precis model idf CORPUS -o FILE`.
///
/// ```swift
/// let background = DocumentFrequencies.shipped
/// background.idf(of: "zelenski")   // high: rare in the background corpus
/// ```
public struct DocumentFrequencies: Sendable, Hashable {
    /// Number of documents counted.
    public let documentCount: Int
    /// Term → number of documents containing it.
    public let frequencies: [String: Int]
    /// The ``Analyzer/Configuration/signature`` the terms were produced with.
    public let analyzerSignature: String

    public init(documentCount: Int, frequencies: [String: Int], analyzerSignature: String) {
        precondition(documentCount >= 0, "documentCount must be non-negative")
        self.documentCount = documentCount
        self.frequencies = frequencies
        self.analyzerSignature = analyzerSignature
    }

    /// Counts document frequencies over texts.
    /// - Parameters:
    ///   - texts: one string per document.
    ///   - analyzer: the analyzer that turns text into terms.
    ///   - minimumFrequency: terms in fewer documents are left out of the model (they get the
    ///     unseen-term IDF), which keeps the file small.
    /// - Complexity: O(total text length).
    public static func count<S: Sequence>(
        _ texts: S, analyzer: Analyzer = .english, minimumFrequency: Int = 2
    ) -> DocumentFrequencies where S.Element == String {
        var df: [String: Int] = [:]
        var n = 0
        for text in texts {
            n += 1
            for term in Set(analyzer.terms(text)) { df[term, default: 0] += 1 }
        }
        let kept = df.filter { $0.value >= minimumFrequency }
        return DocumentFrequencies(documentCount: n, frequencies: kept, analyzerSignature: analyzer.configuration.signature)
    }

    /// Smoothed inverse document frequency: `ln((1 + N) / (1 + df)) + 1`.
    /// - Complexity: O(1).
    public func idf(of term: String) -> Float {
        let df = frequencies[term] ?? 0
        return Float(log(Double(1 + documentCount) / Double(1 + df)) + 1)
    }

    /// The model file's text, deterministic (terms sorted).
    public func serialized(provenance: String = "") -> String {
        var out = "# precis-df 1\n"
        for line in provenance.split(separator: "\n") { out += "# \(line)\n" }
        out += "documents\t\(documentCount)\nanalyzer\t\(analyzerSignature)\n"
        for term in frequencies.keys.sorted() { out += "\(term)\t\(frequencies[term]!)\n" }
        return out
    }

    /// Parses a model file's text.
    /// - Throws: ``PrecisError`` when the text is not a `precis-df` model.
    public init(parsing text: String, path: String = "model") throws {
        var n: Int?
        var signature = ""
        var df: [String: Int] = [:]
        var sawHeader = false
        // Byte-level parsing: the shipped model has 12,000 lines and is read at every start.
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            defer { start = end + 1 }
            let line = bytes[start..<end]
            if line.isEmpty { continue }
            if line.first == 0x23 {  // '#'
                if line.starts(with: Array("# precis-df".utf8)) { sawHeader = true }
                continue
            }
            guard let tab = line.firstIndex(of: 0x09), line[(tab + 1)...].firstIndex(of: 0x09) == nil else {
                throw PrecisError.invalidModel(path, "bad line '\(String(decoding: line.prefix(40), as: UTF8.self))'")
            }
            let key = String(decoding: line[..<tab], as: UTF8.self)
            let value = line[(tab + 1)...]
            switch key {
            case "documents": n = Self.parseCount(value)
            case "analyzer": signature = String(decoding: value, as: UTF8.self)
            default:
                guard let count = Self.parseCount(value) else { throw PrecisError.invalidModel(path, "bad count for '\(key)'") }
                df[key] = count
            }
        }
        guard sawHeader, let n else { throw PrecisError.invalidModel(path, "missing '# precis-df' header or documents line") }
        self.init(documentCount: n, frequencies: df, analyzerSignature: signature)
    }

    /// A non-negative decimal count, or nil.
    static func parseCount(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for d in digits {
            guard d >= 0x30 && d <= 0x39 else { return nil }
            value = value * 10 + Int(d - 0x30)
        }
        return value
    }

    /// Loads a model file.
    public init(contentsOf url: URL) throws {
        guard let data = try? Data(contentsOf: url) else { throw PrecisError.unreadable(url.path, "cannot open") }
        try self.init(parsing: String(decoding: data, as: UTF8.self), path: url.path)
    }

    /// The model shipped in `Models/background-df.tsv` (built from the development corpora),
    /// or an empty model if the file is missing.
    public static let shipped: DocumentFrequencies = {
        let text = ModelFiles.text(named: "background-df.tsv")
        return (try? DocumentFrequencies(parsing: text, path: "Models/background-df.tsv"))
            ?? DocumentFrequencies(documentCount: 0, frequencies: [:], analyzerSignature: Analyzer.Configuration.english.signature)
    }()
}
