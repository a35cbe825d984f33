import ArgumentParser
import Foundation
import PrecisSupport
import Precis

struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Build model files (background statistics) from corpora.",
        subcommands: [IDFCommand.self]
    )
}

struct IDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "idf",
        abstract: "Count document frequencies over corpora into a background IDF model (counts only, no text).",
        discussion: """
            Every file under the given folders is one document. Example (how the shipped model \
            was built; today's cleaner keeps less text, so a rebuild differs: Models/README.md):
              precis model idf ../shared/corpora/duc2006/clusters ../shared/corpora/opinosis/clusters \\
                -o Models/background-df.tsv
            """
    )

    @Argument(help: "Folders or files of documents.")
    var paths: [String]

    @Option(name: [.short, .long], help: "The model file to write.")
    var output: String

    @Option(help: "Leave out terms found in fewer documents than this.")
    var minDf: Int = 2

    func run() throws {
        try reportingErrors {
            guard minDf >= 1 else { throw PrecisError.invalidArgument("--min-df must be at least 1") }
            try OutputFile.check(output, outside: paths)
            let result = try DocumentReader().read(paths: paths)
            SkippedInputs.report(result.warnings)
            let model = DocumentFrequencies.count(result.documents.map(\.bodyText), minimumFrequency: minDf)
            guard !model.frequencies.isEmpty else {
                throw PrecisError.invalidInput("no term is found in \(minDf) or more of the \(model.documentCount) documents; nothing to write (lower --min-df or give more documents)")
            }
            let provenance = """
                built by: precis model idf \(paths.joined(separator: " ")) --min-df \(minDf)
                documents: \(model.documentCount); terms kept: \(model.frequencies.count) (df >= \(minDf))
                """
            try OutputFile.write(model.serialized(provenance: provenance), to: output, inputs: paths)
            printError("precis: wrote \(output): \(model.documentCount) documents, \(model.frequencies.count) terms")
        }
    }
}
