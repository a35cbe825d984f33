import ArgumentParser
import Foundation
import Precis

struct LanguageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "language",
        abstract: "Detect the language of texts: one code per line of standard input (or per file).",
        discussion: """
            Prints the ISO 639-1 code of the most likely profile, or "und" when the text has too \
            few letters to tell. Codes Precis has no rules for (pl, cs ...) are printed too.
            """
    )

    @Argument(help: "Files to detect, one answer each; none: each line of standard input.")
    var paths: [String] = []

    func run() throws {
        try reportingErrors {
            let detect = LanguageDetector.detectWithShippedProfiles
            if paths.isEmpty {
                while let line = readLine() { print(detect(line) ?? "und") }
                return
            }
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw PrecisError.invalidArgument("\(path): cannot read")
                }
                print("\(detect(String(decoding: data, as: UTF8.self)) ?? "und")\t\(path)")
            }
        }
    }
}
