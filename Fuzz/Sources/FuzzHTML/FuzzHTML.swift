import Foundation
import Precis

/// HTML-to-text (libxml2) on arbitrary bytes, then the whole reading path (decode, clean).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if let (text, _) = try? TextDecoder.decode(data) {
        let page = HTMLText.extract(text)
        // the extractor's contract: one trimmed, non-empty paragraph per line, no NUL. (Text that
        // merely looks like markup, such as "<\u{2}script>", is not a tag in HTML and stays text;
        // renderers escape it.)
        for line in page.text.split(separator: "\n", omittingEmptySubsequences: false) where !page.text.isEmpty {
            precondition(!line.isEmpty, "empty paragraph in extracted text")
            // trimmed as TextNormalizer trims: by scalar (a space followed by a combining mark, as in
            // " \u{2DFF}", is one Character that Swift calls whitespace, but its mark is text)
            precondition(line.unicodeScalars.first?.properties.isWhitespace == false
                && line.unicodeScalars.last?.properties.isWhitespace == false, "untrimmed paragraph")
        }
        precondition(!page.text.contains("\u{0}"), "NUL in extracted text")
        _ = Document(name: "fuzz.html", text: page.text, title: page.title)
    }
    _ = try? DocumentReader().document(from: data, name: "fuzz.html", fileExtension: "html")
    _ = try? DocumentReader().document(from: data, name: "fuzz.md", fileExtension: "md")
    return 0
}
