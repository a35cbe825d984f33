import PrecisSupport
import CStemmer
import Synchronization

/// The stemming step of an ``Analyzer``.
///
/// English uses ``PorterStemmer`` (the original algorithm, written here for exact
/// compatibility). Other languages use Debian's Snowball library (libstemmer), which carries
/// well-tested stemmers for Russian, Greek and two dozen more; scripts without inflection
/// to strip (Han, Kana) are not stemmed.
public enum Stemming: Sendable, Hashable, Codable {
    /// No stemming.
    case none
    /// The original Porter algorithm.
    case porter
    /// A Snowball algorithm by name, such as `"russian"` or `"greek"`.
    case snowball(String)

    /// The stemming for a detected script: Porter for Latin, Snowball for Cyrillic and Greek.
    public static func forScript(_ script: Script) -> Stemming {
        switch script {
        case .latin: return .porter
        case .cyrillic: return .snowball("russian")
        case .greek: return .snowball("greek")
        case .other: return .none
        }
    }
}

/// The writing system a text is mostly in, as far as stemming and tokenizing care.
public enum Script: String, Sendable, Hashable, Codable {
    case latin, cyrillic, greek, other

    /// The script most of the letters of `text` belong to (Latin when there are no letters).
    /// - Complexity: O(*n*), reading at most the first 20,000 scalars.
    public static func detect(_ text: String) -> Script {
        // counted in locals, the loop bounded by hand: an array of counters and `prefix` cost
        // several times the scan itself
        var latin = 0, cyrillic = 0, greek = 0, other = 0
        var scanned = 0
        for scalar in text.unicodeScalars {
            guard scanned < 20_000 else { break }
            scanned += 1
            if scalar.isASCII {
                let v = scalar.value | 0x20
                if v >= 0x61 && v <= 0x7A { latin += 1 }
                continue
            }
            guard scalar.properties.isAlphabetic else { continue }
            switch scalar.value {
            case 0x0041...0x024F: latin += 1
            case 0x0400...0x052F: cyrillic += 1
            case 0x0370...0x03FF, 0x1F00...0x1FFF: greek += 1
            default: other += 1
            }
        }
        let counts = [latin, cyrillic, greek, other]
        let best = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }!
        return counts[best] == 0 ? .latin : [Script.latin, .cyrillic, .greek, .other][best]
    }
}

/// A Snowball stemmer from libstemmer. The C object is not thread-safe, so calls are serialized
/// by a mutex; each ``Analyzer`` holds its own.
final class _SnowballStemmer: Sendable {
    private let handle: Mutex<OpaquePointer?>

    init?(algorithm: String) {
        guard let stemmer = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
        handle = Mutex(stemmer)
    }

    deinit {
        handle.withLock { if let h = $0 { sb_stemmer_delete(h) } }
    }

    func stem(_ word: String) -> String {
        handle.withLock { stemmer -> String in
            guard let stemmer else { return word }
            let bytes = Array(word.utf8)
            guard let out = bytes.withUnsafeBufferPointer({
                sb_stemmer_stem(stemmer, $0.baseAddress, Int32($0.count))
            }) else { return word }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: out, count: length), as: UTF8.self)
        }
    }

    /// The algorithms this libstemmer build offers.
    static var algorithms: [String] {
        var names: [String] = []
        guard var p = sb_stemmer_list() else { return names }
        while let name = p.pointee {
            names.append(String(cString: name))
            p += 1
        }
        return names
    }
}
