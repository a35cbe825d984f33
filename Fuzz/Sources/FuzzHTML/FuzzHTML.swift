import Foundation
import Precis

/// HTML-to-text (libxml2) on arbitrary bytes, then the whole reading path (decode, clean).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if let (text, _) = try? TextDecoder.decode(data) {
        let page = HTMLText.extract(text)
        // the extractor's contract: the kept blocks, each non-empty and trimmed (by scalar, as
        // TextNormalizer trims: a space followed by a combining mark, " \u{2DFF}", is one Character
        // Swift calls whitespace, but its mark is text), separated by blank lines; no NUL. (Text
        // that merely looks like markup, such as "<\u{2}script>", is not a tag in HTML and stays
        // text; renderers escape it.)
        for block in page.text.components(separatedBy: "\n\n") where !page.text.isEmpty {
            precondition(!block.isEmpty, "empty block in extracted text")
            precondition(block.unicodeScalars.first?.properties.isWhitespace == false
                && block.unicodeScalars.last?.properties.isWhitespace == false, "untrimmed block")
        }
        precondition(!page.text.contains("\u{0}"), "NUL in extracted text")
        _ = Document(name: "fuzz.html", text: page.text, title: page.title)
    }
    _ = try? DocumentReader().document(from: data, name: "fuzz.html", fileExtension: "html")
    _ = try? DocumentReader().document(from: data, name: "fuzz.md", fileExtension: "md")
    return 0
}
