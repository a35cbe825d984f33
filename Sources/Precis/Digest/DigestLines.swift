import Foundation
import PrecisSupport

/// `precis digest --jsonl`: digests one cluster per line, for engines that shard a corpus across
/// machines by piping lines through a program (Spark's `RDD.pipe`, Ray, GNU parallel).
///
/// Input, one JSON object per line: `{"id": "c1", "documents": [{"id": "d1", "title"?: "…", "text": "…"}]}`.
/// Output, one compact JSON object per input line, in input order, keys sorted:
/// `{"digest": {…as precis digest --format json…}, "id": "c1"}`, or `{"error": "…", "id": "c1"}`
/// (`"line": N` instead of the id when the line is not valid JSON) so that one bad cluster does
/// not stop a whole partition. Blank lines are skipped.
package struct DigestLines: Sendable {
    /// One cluster.
    package struct Cluster: Sendable, Hashable, Codable {
        package var id: String
        package var documents: [Member]

        package init(id: String, documents: [Member]) {
            self.id = id
            self.documents = documents
        }
    }

    /// One document of a cluster.
    package struct Member: Sendable, Hashable, Codable {
        package var id: String
        package var title: String?
        package var text: String

        package init(id: String, title: String? = nil, text: String) {
            self.id = id
            self.title = title
            self.text = text
        }
    }

    /// One output line.
    package struct Output: Sendable, Hashable, Codable {
        package var id: String?
        package var line: Int?
        package var digest: Digest?
        package var error: String?
    }

    /// The digester applied to every cluster.
    package let digester: Digester

    package init(digester: Digester) {
        self.digester = digester
    }

    /// Digests one input line.
    /// - Parameters:
    ///   - line: the line's bytes (without the newline).
    ///   - number: its 1-based line number, for errors.
    /// - Returns: the output line's JSON (no newline), or `nil` for a blank line.
    /// - Complexity: that of ``Digester/digest(_:)`` on the cluster.
    package func process(_ line: Data, number: Int) -> String? {
        guard line.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) else { return nil }
        let output: Output
        do {
            let cluster = try JSONDecoder().decode(Cluster.self, from: line)
            do {
                guard !cluster.documents.isEmpty else { throw PrecisError.invalidInput("the cluster has no documents") }
                let documents = cluster.documents.map { Document(name: $0.id, text: $0.text, title: $0.title) }
                output = Output(id: cluster.id, digest: try digester.digest(documents))
            } catch let error as PrecisError {
                output = Output(id: cluster.id, error: error.description)
            }
        } catch let error as DecodingError {
            output = Output(id: Self.id(in: line), line: number, error: "not a cluster (\(error.plainDescription))")
        } catch {
            output = Output(id: Self.id(in: line), line: number, error: "not a cluster (\(error))")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(output)).map { String(decoding: $0, as: UTF8.self) } ?? "{\"error\":\"cannot encode\"}"
    }

    /// The line's `"id"` when the line is a JSON object with a string id, so an error can name
    /// the cluster as well as the line.
    static func id(in line: Data) -> String? {
        (try? JSONSerialization.jsonObject(with: line) as? [String: Any])?["id"] as? String
    }

    /// Streams: reads lines from `input` as they arrive and writes each output line as soon as it
    /// is made (nothing is held but the current line).
    /// - Returns: how many lines failed.
    /// - Throws: ``PrecisError`` when `input` cannot be read or `output` cannot be written (a
    ///   closed descriptor, a full disk); the lines written before stay written.
    package func run(input: FileHandle, output: FileHandle) throws -> Int {
        var buffer = Data()
        var number = 0
        var failures = 0
        func emit(_ line: Data) throws {
            number += 1
            if let out = process(line, number: number) {
                if out.hasPrefix("{\"error\"") { failures += 1 }
                do { try output.write(contentsOf: Data((out + "\n").utf8)) }
                catch { throw PrecisError.cannotWrite("standard output", because: error) }
            }
        }
        while true {
            let chunk: Data?
            do { chunk = try input.read(upToCount: 1 << 16) }
            catch { throw PrecisError.unreadable("standard input", PrecisError.systemReason(error)) }
            guard let chunk, !chunk.isEmpty else { break }
            buffer.append(chunk)
            while let newline = buffer.firstIndex(of: 10) {
                try emit(buffer[buffer.startIndex..<newline])
                buffer = Data(buffer[(newline + 1)...])
            }
        }
        if !buffer.isEmpty { try emit(buffer) }
        return failures
    }

}
