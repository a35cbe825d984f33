import Foundation

/// Access to the model files shipped in `Models/` (stop words, abbreviations, IDF statistics).
///
/// They are bundled into the library as resources, so a program that links Precis needs no
/// files beside it.
package enum ModelFiles {
    /// The text of a shipped model file, or an empty string when it is missing from the bundle.
    package static func text(named name: String) -> String {
        guard let url = url(named: name), let data = try? Data(contentsOf: url) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The location of a shipped model file.
    package static func url(named name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Models")
    }

    /// The non-comment, non-blank, trimmed lines of a model file's text.
    package static func lines(of text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = TextNormalizer.trimmed(line)
            return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : trimmed
        }
    }
}
