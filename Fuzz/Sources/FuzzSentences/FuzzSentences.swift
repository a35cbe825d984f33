import Foundation
import Precis

/// Sentence splitting and cleaning on arbitrary text: ranges must tile the paragraph in order,
/// never overlap, and never start or end with whitespace.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let (text, _) = try? TextDecoder.decode(data) else { return 0 }
    let splitter = SentenceSplitter()
    for paragraph in DocumentCleaner.paragraphs(of: text) {
        var previousEnd = paragraph.startIndex
        for range in splitter.sentenceRanges(in: paragraph) {
            precondition(range.lowerBound >= previousEnd, "sentence ranges overlap or go backwards")
            precondition(!range.isEmpty, "empty sentence range")
            let sentence = paragraph[range]
            precondition(!sentence.unicodeScalars.first!.properties.isWhitespace, "sentence starts with whitespace")
            previousEnd = range.upperBound
        }
    }
    let document = Document(name: "fuzz.txt", text: text)
    _ = ClusterSentence.sentences(of: [document])
    return 0
}
