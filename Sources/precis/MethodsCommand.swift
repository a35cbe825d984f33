import ArgumentParser
import Foundation
import Precis

/// `precis methods`: every summarization method with what it does and its settings' defaults,
/// read from the library's method table and its options types, so the list cannot drift.
struct MethodsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "methods",
        abstract: "List the summarization methods, with their settings and defaults.",
        discussion: """
            Each method is chosen with --method NAME (digest, rank, eval, compare) or "method" in a \
            settings file; its settings go in the settings file under the keys shown. \
            Evaluation/results/duc2003-tuning.md and duc2004.md give their scores.
            """)

    func run() throws {
        try reportingErrors {
            try writeStandardOutput(try Self.listing())
        }
    }

    /// The listing: one block per method, then the settings every method shares.
    static func listing() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let defaults = try JSONSerialization.jsonObject(with: try encoder.encode(DigestOptions())) as? [String: Any] ?? [:]
        func value(_ any: Any) -> String {
            guard JSONSerialization.isValidJSONObject([any]),
                  let data = try? JSONSerialization.data(withJSONObject: [any], options: [.sortedKeys]) else { return "\(any)" }
            return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
        }
        var out = ""
        let methods = DigestOptions.SummarizerMethod.allCases
        let width = methods.map(\.rawValue.count).max() ?? 0
        for method in methods {
            let name = method.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
            out += "\(name)  \(method.summary)\(method == DigestOptions().method ? " (default)" : "")\n"
            for key in method.settingsKeys {
                guard let fields = defaults[key] as? [String: Any] else { continue }
                out += "    \"\(key)\": " + fields.keys.sorted().map { "\($0) \(value(fields[$0]!))" }.joined(separator: ", ") + "\n"
            }
        }
        let shared = defaults.keys.sorted().filter { key in !methods.contains { $0.settingsKeys.contains(key) } && defaults[key] is [String: Any] == false }
        out += "\nEvery method: " + shared.map { "\($0) \(value(defaults[$0]!))" }.joined(separator: ", ") + "\n"
        out += "A settings file names only what differs: an object keeps these defaults for every key it leaves out.\n"
        return out
    }
}
