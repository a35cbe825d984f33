import ArgumentParser
import Precis

/// `--method NAME`: a summarization method by name, over the settings file's other choices.
struct MethodOptions: ParsableArguments {
    @Option(help: "The summarization method: \(DigestOptions.SummarizerMethod.allCases.map(\.rawValue).joined(separator: ", ")) (`precis methods` describes them; default: the settings file's, else concepts).")
    var method: String?

    func validate() throws {
        if let method { _ = try Self.parse(method) }
    }

    /// The method named `name`.
    /// - Throws: a usage error listing the valid names.
    static func parse(_ name: String) throws -> DigestOptions.SummarizerMethod {
        guard let method = DigestOptions.SummarizerMethod(rawValue: name) else {
            let names = DigestOptions.SummarizerMethod.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--method: unknown method '\(name)' (one of \(names))")
        }
        return method
    }

    /// `options` with the method given, if any.
    func applied(to options: DigestOptions) throws -> DigestOptions {
        var options = options
        if let method { options.method = try Self.parse(method) }
        return options
    }
}
