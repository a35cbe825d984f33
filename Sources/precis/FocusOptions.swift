import ArgumentParser
import Foundation
import PrecisSupport
import Precis

/// `--topic FILE|TEXT`: what the reader wants to know, for `digest` and `brief`.
struct TopicOptions: ParsableArguments {
    @Option(help: "What the reader wants to know: a file (a title, a blank line, a few sentences, as DUC's topic statements) or the text itself. Sentences that answer it are preferred; a brief ranks stories by it.")
    var topic: String?

    /// The topic text: the file's content when `--topic` names a readable file, else the value
    /// itself; `nil` without `--topic`.
    /// - Throws: ``PrecisError`` (a usage error) when the topic holds no word.
    func text() throws -> String? {
        guard let topic else { return nil }
        var isFolder: ObjCBool = false
        let raw: String
        if FileManager.default.fileExists(atPath: topic, isDirectory: &isFolder), !isFolder.boolValue {
            raw = try readTextInput(topic)
        } else {
            raw = topic
        }
        guard let text = DigestFocus.topic(from: raw) else {
            throw PrecisError.invalidArgument("--topic holds no words")
        }
        return text
    }
}

/// The paths of `--since`, checked against the new articles' paths.
enum SincePaths {
    /// A path made absolute, `.`/`..` and links resolved, for comparing inputs.
    static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Refuses `--since` paths that are, hold, or lie inside the new articles' paths (a usage
    /// error): the new articles cannot be what was read before them.
    /// - Throws: ``PrecisError`` (invalid argument) naming the path.
    static func checkApart(_ since: [String], from paths: [String]) throws {
        let new = paths.filter { $0 != "-" }.map(resolved)
        for path in since {
            let old = resolved(path)
            for n in new where old == n || old.hasPrefix(n + "/") || n.hasPrefix(old + "/") {
                throw PrecisError.invalidArgument("--since \(path) names the articles being digested; give the earlier articles")
            }
        }
    }
}
