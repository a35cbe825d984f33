import ArgumentParser
import Foundation
import PrecisSupport
import Precis

/// Where documents come from.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files or folders of articles (.txt, .md, .html), or - for standard input.")
    var paths: [String] = []

    @Option(name: .customLong("max-file-size"), help: "Refuse files larger than this many bytes.")
    var maxFileSize: Int = 64 << 20

    @Option(name: .customLong("max-sentences"), help: "Refuse a cluster of more sentences than this (default 10000): one digest's matrices grow with its sentences squared.")
    var maxSentences: Int?

    @Flag(help: "List every line cleaning dropped (headline, furniture, repeats) and why, on stderr.")
    var explain = false

    @Option(help: "The articles' language, an ISO 639-1 code or English name (de, fr, es, it, pt, nl, tr ...); detected from the text when not given.")
    var language: String?

    func validate() throws {
        guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be positive") }
    }

    /// The settings with the command line's limits applied.
    func applied(to options: DigestOptions) throws -> DigestOptions {
        var options = options
        if let maxSentences {
            // a one-line error like the budget's, not a usage dump
            guard maxSentences >= 1 else { throw PrecisError.invalidArgument("--max-sentences must be at least 1, got \(maxSentences)") }
            options.maximumSentences = maxSentences
        }
        if let language {
            guard let known = Language(code: language) else {
                throw PrecisError.invalidArgument("--language: unknown language '\(language)'; known: \(Language.all.map(\.code).joined(separator: ", "))")
            }
            options.language = known
        }
        return options
    }

    /// Reads the documents, printing skipped files as warnings.
    func read() throws -> DocumentReader.Result {
        guard !paths.isEmpty else { throw PrecisError.invalidArgument("no input: give files, folders or - for stdin") }
        let result = try DocumentReader(options: .init(maxFileBytes: maxFileSize)).read(paths: paths)
        SkippedInputs.report(result.warnings)
        if explain {
            for document in result.documents {
                for line in document.dropped {
                    printError("precis: explain: \(document.name), paragraph \(line.paragraph): dropped (\(line.reason.rawValue)): \(line.text.prefix(120))")
                }
            }
        }
        return result
    }
}

/// How much to write. Values are read unconditionally, so `--words -5` is refused as a
/// budget (exit 64, "must be at least 1"), not as a missing value.
struct BudgetOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "Budget in words (default 100).")
    var words: Int?
    @Option(parsing: .unconditional, help: "Budget in sentences.")
    var sentences: Int?
    @Option(parsing: .unconditional, help: "Budget as a fraction of the input's words, in (0, 1].")
    var ratio: Double?
    @Option(parsing: .unconditional, help: "Budget in bytes of text.")
    var bytes: Int?

    func validate() throws {
        let given = [words != nil, sentences != nil, ratio != nil, bytes != nil].filter { $0 }.count
        guard given <= 1 else { throw ValidationError("give at most one of --words, --sentences, --ratio, --bytes") }
    }

    /// The budget given, if any.
    var budget: Budget? {
        if let words { return .words(words) }
        if let sentences { return .sentences(sentences) }
        if let ratio { return .ratio(ratio) }
        if let bytes { return .bytes(bytes) }
        return nil
    }
}

/// Where output goes.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    /// The file to write, or nil for standard output (`-o -` is standard output too).
    private var file: String? { output == "-" ? nil : output }

    /// Refuses an output that is an input or inside an input folder; call it before the work.
    func check(inputs: [String]) throws {
        if let file { try OutputFile.check(file, outside: inputs) }
    }

    func emit(_ text: String, inputs: [String]) throws {
        if let file {
            try OutputFile.write(text, to: file, inputs: inputs)
        } else {
            try writeStandardOutput(text)
        }
    }
}

extension DigestRenderer.Format: ExpressibleByArgument {}
extension DigestOrder: ExpressibleByArgument {}
