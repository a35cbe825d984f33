import Foundation
import Precis

/// HTML-to-text (libxml2) on arbitrary bytes, then the whole reading path (decode, clean).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if let (text, _) = try? TextDecoder.decode(data) {
        let page = HTMLText.extract(text)
        // invariant: extracted text never contains markup the parser was told to drop
        precondition(!page.text.contains("<script"), "script markup leaked into text")
        _ = Document(name: "fuzz.html", text: page.text, title: page.title)
    }
    _ = try? DocumentReader().document(from: data, name: "fuzz.html", fileExtension: "html")
    _ = try? DocumentReader().document(from: data, name: "fuzz.md", fileExtension: "md")
    return 0
}
