import Foundation
import Precis

/// Tokenizing, normalization, stemming (Porter, Snowball) and TF-IDF on arbitrary text. (ROUGE's
/// own stemmer is reached through FuzzRougeFlags' scoring with -m.)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let (text, _) = try? TextDecoder.decode(data) else { return 0 }
    let words = WordTokenizer().words(in: text)
    for word in words {
        precondition(!word.isEmpty, "empty token")
        _ = PorterStemmer().stem(word)
    }
    _ = TextNormalizer.matchKey(text)
    _ = Analyzer.english.terms(text)
    _ = Analyzer.detecting(text).terms(text)
    let model = TfidfVectorizer().fit([text, String(text.prefix(100))])
    var matrix = model.transform([text])
    matrix.normalizeRows()
    return 0
}
