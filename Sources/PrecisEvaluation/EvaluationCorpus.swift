import Foundation
import Precis
import PrecisSupport

/// A corpus laid out for evaluation, and readers for summaries and references.
///
/// Two layouts are understood:
/// - the shared one: `<corpus>/clusters/<id>/*.txt` with `<corpus>/references/<id>/*.txt`;
/// - a flat folder of articles, `<corpus>/*.txt`: one cluster named after the folder, whose
///   references are found in `<corpus>/references/` (either `*.txt` directly or
///   `<name>/*.txt`), then in `Evaluation/references/<name>/` beside the corpus folder's parent
///   (`<corpus>/../../references/<name>`) or under the current directory.
///
/// ```swift
/// let corpus = try EvaluationCorpus(url: URL(fileURLWithPath: "../shared/corpora/duc2006"))
/// corpus.clusters.count                 // 50
/// let references = try corpus.readReferences()
/// ```
package struct EvaluationCorpus: Sendable {
    /// One cluster: its ID and the folder of its documents.
    package struct Cluster: Sendable, Hashable {
        /// The cluster ID (the folder name).
        package var id: String
        /// The folder holding the cluster's documents.
        package var directory: URL
    }

    /// The corpus folder.
    package let url: URL
    /// The corpus name (the folder's name).
    package var name: String { url.lastPathComponent }
    /// The clusters, sorted by ID.
    package let clusters: [Cluster]
    /// Cluster → folder of its references (only clusters whose folder was found).
    package let referenceDirectories: [String: URL]

    /// Reads a corpus's layout.
    /// - Parameters:
    ///   - url: the corpus folder.
    ///   - references: an explicit references folder (`<dir>/<cluster>/*.txt`, or for a
    ///     one-cluster corpus `<dir>/*.txt`), overriding the search.
    /// - Throws: ``PrecisError`` when the folder is missing or holds no clusters.
    package init(url: URL, references: URL? = nil) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PrecisError.notFound(url.path)
        }
        self.url = url.standardizedFileURL
        let clustersFolder = url.appendingPathComponent("clusters")
        var clusters: [Cluster] = []
        var referenceRoot: URL?
        if fm.fileExists(atPath: clustersFolder.path) {
            for id in try Self.subfolders(of: clustersFolder) {
                clusters.append(Cluster(id: id, directory: clustersFolder.appendingPathComponent(id)))
            }
            referenceRoot = references ?? url.appendingPathComponent("references")
        } else {
            guard !(try Self.textFiles(in: url)).isEmpty else {
                // a day's folder of source subfolders is not a corpus: say what one is
                throw PrecisError.invalidInput("\(url.path): not a corpus: no clusters/ folder, and no articles (.txt, .md, .html) "
                    + "directly in it (a corpus is clusters/<id>/ beside references/<id>/, or one flat folder of articles)")
            }
            let name = url.standardizedFileURL.lastPathComponent
            clusters = [Cluster(id: name, directory: url)]
            let candidates = (references.map { [$0] } ?? []) + [
                url.appendingPathComponent("references"),
                url.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("references"),
                URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("Evaluation/references"),
            ]
            for candidate in candidates {
                if let found = Self.flatReferenceFolder(candidate, name: name) {
                    referenceRoot = found.deletingLastPathComponent()
                    self.clusters = clusters
                    self.referenceDirectories = [name: found]
                    return
                }
            }
        }
        guard !clusters.isEmpty else { throw PrecisError.noDocuments(url.path) }
        self.clusters = clusters
        var dirs: [String: URL] = [:]
        if let root = referenceRoot {
            for cluster in clusters {
                let dir = root.appendingPathComponent(cluster.id)
                if fm.fileExists(atPath: dir.path) { dirs[cluster.id] = dir }
            }
        }
        referenceDirectories = dirs
    }

    /// `<dir>/<name>/*.txt`, else `<dir>/*.txt` when `dir` holds text files directly.
    private static func flatReferenceFolder(_ dir: URL, name: String) -> URL? {
        let nested = dir.appendingPathComponent(name)
        if let files = try? textFiles(in: nested), !files.isEmpty { return nested }
        if dir.lastPathComponent != "references" || dir.deletingLastPathComponent().lastPathComponent == name,
            let files = try? textFiles(in: dir), !files.isEmpty
        {
            return dir
        }
        return nil
    }

    /// Reads every cluster's references, sorted by file name.
    /// - Returns: cluster → references' bytes; clusters without references are absent.
    /// - Throws: ``PrecisError`` when a file cannot be read.
    package func readReferences() throws -> [String: [[UInt8]]] {
        var out: [String: [[UInt8]]] = [:]
        for (id, dir) in referenceDirectories {
            let files = try Self.textFiles(in: dir)
            if !files.isEmpty { out[id] = try files.map { try Self.bytes(of: $0) } }
        }
        return out
    }

    /// Reads `DIR/<cluster>/*.txt` references, or, when `DIR` holds text files itself, the
    /// references of one cluster named after `DIR`.
    /// - Parameter directory: the folder.
    /// - Returns: cluster → references' bytes, each cluster's files sorted by name.
    /// - Throws: ``PrecisError`` when the folder or a file cannot be read.
    package static func readReferences(directory: URL) throws -> [String: [[UInt8]]] {
        var out: [String: [[UInt8]]] = [:]
        let direct = try textFiles(in: directory)
        if !direct.isEmpty {
            out[directory.standardizedFileURL.lastPathComponent] = try direct.map { try bytes(of: $0) }
        }
        for id in try subfolders(of: directory) {
            let files = try textFiles(in: directory.appendingPathComponent(id))
            if !files.isEmpty { out[id] = try files.map { try bytes(of: $0) } }
        }
        return out
    }

    /// Reads existing summaries: `DIR/<System>/<cluster>.txt` (several systems) or
    /// `DIR/<cluster>.txt` (one system, named after `DIR`).
    /// - Parameter directory: the folder.
    /// - Returns: system → cluster → summary bytes.
    /// - Throws: ``PrecisError`` when the folder is missing or holds no summaries.
    package static func readSummaries(directory: URL) throws -> [String: [String: [UInt8]]] {
        var out: [String: [String: [UInt8]]] = [:]
        let direct = try textFiles(in: directory)
        if !direct.isEmpty {
            var system: [String: [UInt8]] = [:]
            for file in direct { system[file.deletingPathExtension().lastPathComponent] = try bytes(of: file) }
            out[directory.standardizedFileURL.lastPathComponent] = system
        }
        for name in try subfolders(of: directory) {
            var system: [String: [UInt8]] = [:]
            for file in try textFiles(in: directory.appendingPathComponent(name)) {
                system[file.deletingPathExtension().lastPathComponent] = try bytes(of: file)
            }
            if !system.isEmpty { out[name] = system }
        }
        guard !out.isEmpty else { throw PrecisError.invalidArgument("\(directory.path): no summaries (<System>/<cluster>.txt or <cluster>.txt)") }
        return out
    }

    static func subfolders(of url: URL) throws -> [String] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PrecisError.notFound(url.path)
        }
        return try fm.contentsOfDirectory(atPath: url.path).filter { name in
            var d: ObjCBool = false
            return !name.hasPrefix(".") && fm.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &d) && d.boolValue
        }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    static func textFiles(in url: URL) throws -> [URL] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else { return [] }
        return try fm.contentsOfDirectory(atPath: url.path)
            .filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { url.appendingPathComponent($0) }
    }

    /// A summary's or reference's bytes as ROUGE-1.5.5 reads them, except that a file saved as
    /// UTF-16 (or with a UTF-8 mark) is decoded first: read raw, every other byte would be a NUL
    /// between letters. The same rule for `precis rouge` and `precis eval`.
    package static func bytes(of url: URL) throws -> [UInt8] {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw PrecisError.invalidArgument("\(url.path): a folder, not a summary file")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw FileManager.default.fileExists(atPath: url.path)
                ? PrecisError.unreadable(url.path, "cannot open") : PrecisError.notFound(url.path)
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) || data.starts(with: [0xEF, 0xBB, 0xBF]) {
            return [UInt8](try TextDecoder.decode(data, name: url.path).text.utf8)
        }
        return [UInt8](data)
    }
}
