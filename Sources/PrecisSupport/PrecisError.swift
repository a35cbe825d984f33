import Foundation

/// An error from Precis: what went wrong, in one line a user can act on.
///
/// A public struct over a private enum, so that new cases can be added without breaking
/// callers. Compare with the static members:
///
/// ```swift
/// do { _ = try DocumentReader().read(paths: ["missing.txt"]) }
/// catch let error as PrecisError where error.kind == .notFound { print(error) }
/// ```
public struct PrecisError: Error, Sendable, Hashable, CustomStringConvertible {
    package enum Code: Sendable, Hashable {
        case notFound(String)
        case unreadable(String, String)
        case binaryInput(String)
        case tooLarge(String, Int, Int)
        case noDocuments(String)
        case noSentences
        case nothingFits(String, String)
        case tooManySentences(Int, Int)
        case invalidBudget(String)
        case invalidArgument(String)
        case invalidModel(String, String)
        case outputIsInput(String)
        case cannotWrite(String, String)
        case invalidInput(String)
    }

    /// A coarse category, for `switch`ing on errors.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        let name: String
        public var description: String { name }
        public static let notFound = Kind(name: "not-found")
        public static let unreadable = Kind(name: "unreadable")
        public static let unsupportedInput = Kind(name: "unsupported-input")
        public static let emptyInput = Kind(name: "empty-input")
        public static let invalidArgument = Kind(name: "invalid-argument")
        public static let invalidModel = Kind(name: "invalid-model")
        public static let output = Kind(name: "output")
    }

    package let code: Code

    package init(code: Code) { self.code = code }

    /// The category of this error.
    public var kind: Kind {
        switch code {
        case .notFound: return .notFound
        case .unreadable: return .unreadable
        case .binaryInput, .tooLarge, .tooManySentences, .invalidInput: return .unsupportedInput
        case .noDocuments, .noSentences, .nothingFits: return .emptyInput
        case .invalidBudget, .invalidArgument: return .invalidArgument
        case .invalidModel: return .invalidModel
        case .outputIsInput, .cannotWrite: return .output
        }
    }

    /// One line describing the error and, where possible, what to do.
    public var description: String {
        switch code {
        case .notFound(let path): return "\(path): no such file or folder"
        case .unreadable(let path, let why): return "\(path): cannot read (\(why))"
        case .binaryInput(let name): return "\(name): looks binary (NUL bytes), not text; skipped"
        case .tooLarge(let name, let size, let limit):
            return "\(name): \(size) bytes is over the \(limit)-byte limit for one input"
        case .noDocuments(let path): return "\(path): no readable documents (.txt, .md, .html)"
        case .noSentences: return "the input has no sentences to summarize"
        case .nothingFits(let budget, let shortest):
            return "no sentence fits the budget of \(budget) (the shortest takes \(shortest)); give a larger budget"
        case .tooManySentences(let count, let limit):
            // the similarity matrix alone holds count² floats
            let gigabytes = Double(count) * Double(count) * 4 / 1e9
            return "the input has \(count) sentences, over the limit of \(limit) for one digest (its similarity matrix alone "
                + "would take \(String(format: "%.1f", gigabytes)) GB); articles on many stories are a brief's job"
        case .invalidBudget(let why): return "invalid budget: \(why)"
        case .invalidArgument(let why): return why
        case .invalidModel(let path, let why): return "\(path): not a valid model file (\(why))"
        case .outputIsInput(let path): return "\(path): refusing to overwrite an input file or write inside an input folder"
        case .cannotWrite(let path, let why): return "\(path): cannot write (\(why))"
        case .invalidInput(let why): return why
        }
    }

    package static func notFound(_ path: String) -> PrecisError { PrecisError(code: .notFound(path)) }
    package static func unreadable(_ path: String, _ why: String) -> PrecisError { PrecisError(code: .unreadable(path, why)) }
    package static func binaryInput(_ name: String) -> PrecisError { PrecisError(code: .binaryInput(name)) }
    package static func tooLarge(_ name: String, size: Int, limit: Int) -> PrecisError {
        PrecisError(code: .tooLarge(name, size, limit))
    }
    package static func noDocuments(_ path: String) -> PrecisError { PrecisError(code: .noDocuments(path)) }
    package static var noSentences: PrecisError { PrecisError(code: .noSentences) }
    package static func tooManySentences(_ count: Int, limit: Int) -> PrecisError {
        PrecisError(code: .tooManySentences(count, limit))
    }
    package static func invalidBudget(_ why: String) -> PrecisError { PrecisError(code: .invalidBudget(why)) }
    package static func invalidModel(_ path: String, _ why: String) -> PrecisError { PrecisError(code: .invalidModel(path, why)) }
    package static func outputIsInput(_ path: String) -> PrecisError { PrecisError(code: .outputIsInput(path)) }
    package static func cannotWrite(_ path: String, _ why: String) -> PrecisError { PrecisError(code: .cannotWrite(path, why)) }

    /// An error for an argument a caller gave, with the message to show.
    public static func invalidArgument(_ message: String) -> PrecisError { PrecisError(code: .invalidArgument(message)) }
    /// An error for input that cannot be used, with the message to show.
    public static func invalidInput(_ message: String) -> PrecisError { PrecisError(code: .invalidInput(message)) }
    /// An error for output that could not be written (to `path`, or "standard output"), with
    /// the system's reason taken from `error` (`No space left on device`, `Bad file descriptor`).
    public static func cannotWrite(_ path: String, because error: Error) -> PrecisError {
        cannotWrite(path, systemReason(error))
    }
}

/// Stops with the settings' own message when code builds a summarizer from settings their
/// `validate()` rejects: a programming error. (Settings files are checked by
/// ``DigestOptions/validate()``, through ``Digester/init(options:)``, with a one-line error.)
package func requireValid(_ validate: () throws -> Void, file: StaticString = #file, line: UInt = #line) {
    do { try validate() } catch { preconditionFailure("\(error)", file: file, line: line) }
}

extension PrecisError {
    /// The system's words for a failed read or write (`Bad file descriptor`, `No space left on
    /// device`): Foundation wraps the POSIX error in a Cocoa one whose own text says less.
    package static func systemReason(_ error: Error) -> String {
        let wrapped = error as NSError
        let posix = wrapped.domain == NSPOSIXErrorDomain ? wrapped : wrapped.userInfo[NSUnderlyingErrorKey] as? NSError
        if let posix, posix.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(posix.code))) }
        return wrapped.localizedDescription
    }
}
