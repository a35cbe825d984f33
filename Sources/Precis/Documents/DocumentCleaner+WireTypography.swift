extension DocumentCleaner {
    /// `text` with TeX-style quotation marks made typographic: every `` ` ` `` becomes `“` and
    /// every `''` becomes `”`, when the text opens at least one quotation with `` ` ` ``.
    ///
    /// Newswire archives (the LDC's, which the DUC and TDT sets come from) write quotations as
    /// ``` ``rogue state'' ```. Left as they are, they reach the reader's digest and a brief's
    /// headline in that form. The rule needs one `` ` ` `` in the text before it reads `''` as a
    /// closing mark, so a text that writes feet and inches (`5'10''`) without TeX quotes keeps
    /// them; a single `` ` `` or `'` is left alone (it is an apostrophe or a single quote).
    /// Matching already folds both spellings to `"` (``TextNormalizer``), so only what the reader
    /// sees changes.
    ///
    /// ```swift
    /// DocumentCleaner._typographicQuotes("branded it a ``rogue state'' on Thursday")
    /// // "branded it a “rogue state” on Thursday"
    /// ```
    ///
    /// - Parameter text: raw text.
    /// - Returns: the text with the marks replaced; `text` itself when it holds no `` ` ` ``.
    /// - Complexity: O(*n*) in the length of `text`.
    static func _typographicQuotes(_ text: String) -> String {
        guard _contains(text, "``") else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if (byte == UInt8(ascii: "`") || byte == UInt8(ascii: "'")), i + 1 < bytes.count, bytes[i + 1] == byte {
                out.append(contentsOf: byte == UInt8(ascii: "`") ? "“".utf8 : "”".utf8)
                i += 2
                continue
            }
            out.append(byte)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension DocumentCleaner {
    /// `paragraph` with every spaced underscore (` _ `) or double hyphen (` -- `) written as a
    /// spaced em dash (` — `).
    ///
    /// The same archives write a dash as an underscore between spaces ("a kid _ `I don't want
    /// to'", "May 30 _ The Federal Trade Commission …"), the AP as two hyphens ("children -- or
    /// an average of …"). The cleaner applies this after the
    /// wire-note and dateline rules, which read the underscore, to plain-text body paragraphs and
    /// a guessed title. Both marks are one whitespace-separated word, so word budgets and
    /// ROUGE's `-l` count the same; an underscore or hyphens inside a word (`snake_case`) or not
    /// spaced on both sides are kept.
    ///
    /// ```swift
    /// DocumentCleaner._typographicDashes("May 30 _ The FTC opens a probe.")   // "May 30 — The FTC opens a probe."
    /// ```
    ///
    /// - Parameter paragraph: a paragraph's text.
    /// - Returns: the paragraph with the dashes replaced; `paragraph` itself when it holds none.
    /// - Complexity: O(*n*) in the length of `paragraph`.
    static func _typographicDashes(_ paragraph: String) -> String {
        var paragraph = paragraph
        // byte-wise tests: most paragraphs hold neither (Foundation's `contains` is slow here)
        if _contains(paragraph, " _ ") { paragraph = paragraph.replacing(" _ ", with: " — ") }
        if _contains(paragraph, " -- ") { paragraph = paragraph.replacing(" -- ", with: " — ") }
        return paragraph
    }
}
