import Foundation
import Precis

/// JSON Lines input on arbitrary bytes: articles for `precis brief` and clusters for
/// `precis digest --jsonl`. Bad input must come back as an error or an error line, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if let result = try? ArticleReader().readJSONLines(data, name: "fuzz.jsonl") {
        for article in result.articles.prefix(8) { _ = article.document() }
    }
    let lines = DigestLines(digester: digester)
    for (number, line) in data.split(separator: 0x0A, omittingEmptySubsequences: true).prefix(4).enumerated() {
        _ = lines.process(Data(line), number: number + 1)
    }
    return 0
}

let digester = try! Digester(options: DigestOptions(budget: .words(40)))
