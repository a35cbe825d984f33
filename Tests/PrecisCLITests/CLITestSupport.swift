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
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    static func golden(_ name: String) throws -> String {
        let url = Bundle.module.url(forResource: "Golden", withExtension: nil)!.appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }
}
