import Foundation

/// Runs the built `precis` executable.
struct CLI {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let istanbul = root.appendingPathComponent("Evaluation/corpora/istanbul-talks").path

    /// The `precis` binary beside the test bundle.
    static var executable: URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("precis")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        for bundle in Bundle.allBundles {
            let candidate = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("precis")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return URL(fileURLWithPath: ".build/debug/precis")
    }

    /// Runs `precis` with `arguments`, or, with `through`, that command line instead (e.g. a
    /// shell that runs precis with its streams redirected).
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                    through command: [String]? = nil) throws -> Output {
        signal(SIGPIPE, SIG_IGN)  // a child that exits before reading all of stdin: EPIPE, not death
        let process = Process()
        process.executableURL = command.map { URL(fileURLWithPath: $0[0]) } ?? executable
        process.arguments = command.map { Array($0.dropFirst()) } ?? arguments
        process.currentDirectoryURL = root
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // stdin is written on its own thread, and a child that stops reading early (a size
        // limit) only ends the write, instead of filling the pipe while we wait on stdout
        let writer = Thread {
            if let stdin { try? input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8)) }
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let errReader = ReadAll(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errReader.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    static func golden(_ name: String) throws -> String {
        let url = Bundle.module.url(forResource: "Golden", withExtension: nil)!.appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }
}

/// Reads a pipe to its end on another thread (so stdout and stderr drain together).
final class ReadAll: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ handle: FileHandle) {
        Thread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }.start()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
