import Foundation
import Precis
import PrecisEvaluation

/// ROUGE-1.5.5 flag syntax on arbitrary text (`precis rouge --rouge-flags`). Bad flags must come
/// back as an error, never a trap; flags that parse must give settings whose
/// `equivalentFlags` parse back to the same settings, and that score a small summary without
/// trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let flags = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    guard var options = try? RougeOptions(rouge155Flags: flags) else { return 0 }
    // -e (data folder) and -c/-r matter only for a ROUGE-1.5.5 install and the bootstrap;
    // `equivalentFlags` leaves -e out.
    options.dataDirectory = nil
    let reparsed: RougeOptions
    do { reparsed = try RougeOptions(rouge155Flags: options.equivalentFlags) } catch {
        preconditionFailure("'\(options.equivalentFlags)' (from '\(flags)') does not parse: \(error)")
    }
    precondition(reparsed == options, "'\(flags)' and its equivalent '\(options.equivalentFlags)' differ")
    // Without -s no stop list from a ROUGE install is needed.
    guard !options.removeStopWords, let rouge = try? Rouge(options: options, resources: resources) else { return 0 }
    for result in rouge.score(summary: summary, references: references) {
        let score = result.score
        precondition((0...1).contains(score.recall) && (0...1).contains(score.precision) && (0...1).contains(score.f),
                     "score out of [0, 1] for '\(flags)': \(score)")
    }
    return 0
}

let resources = RougeResources.shipped
let summary = "The cats were sitting on the mat.\nThey purred loudly, and then they slept."
let references = ["A cat sat on the mat and purred.", "The cat was sitting on a mat.\nIt slept."]
