import ArgumentParser
import Precis

/// `--abstraction none|compress|fuse`: whether a digest may shorten and fuse sentences, over the
/// settings file's `compression` and `fusion`.
struct AbstractionOptions: ParsableArguments {
    /// The abstraction a digest may use.
    enum Level: String, CaseIterable, ExpressibleByArgument {
        /// Whole source sentences only.
        case none
        /// Shortened variants of each sentence as candidates beside it.
        case compress
        /// Shortened variants, and restatements across articles fused into one sentence.
        case fuse
    }

    @Option(help: "Abstraction: none (whole source sentences), compress (each sentence's shortened variants are candidates too), fuse (also each fact's restatements across articles fused into one shorter sentence). Default: the settings file's compression and fusion, else none.")
    var abstraction: Level?

    /// `options` with the abstraction given, if any. `compress` and `fuse` keep a compression
    /// level the settings file chose, else offer both levels.
    func applied(to options: DigestOptions) -> DigestOptions {
        guard let abstraction else { return options }
        var options = options
        switch abstraction {
        case .none:
            options.compression = .none
        case .compress, .fuse:
            if options.compression == .none { options.compression = .both }
        }
        options.fusion = abstraction == .fuse
        return options
    }
}
