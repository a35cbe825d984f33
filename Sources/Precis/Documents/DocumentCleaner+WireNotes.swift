import Foundation

extension DocumentCleaner {
    /// Cuts wire-service notes out of a paragraph.
    ///
    /// Agency copy carries notes for editors that are not part of the story:
    /// - insert pointers that repeat the start of the paragraph a new version replaces, then
    ///   where it goes: `Mitch _ once, 2nd graf pvs`, `Jamal Fawz, graf 19 pvs`,
    ///   `The men, pickup 9th pvs`, `No member, 5th graf, 1st Ld-Writethru`;
    /// - a paragraph that is only a note: `MORE`, `ENDIT`, `NNNN`, `(END OPTIONAL TRIM)`,
    ///   operator initials such as `(djp)` or `(pfg-xx)`, `Eds: …`, `1st Ld-Writethru …`, a note
    ///   to editors (`ATTENTION EDITORS: The following photos …`, `EDITOR'S NOTE: …`);
    /// - `MORE` or operator initials (`(djp)`, `ml-kl`) after the paragraph's last sentence, and
    ///   Xinhua's `Enditem` with the transmission codes after it;
    /// - syndication notes: `NEW AMERICA NEWS SERVICE (Distributed by New York Times Special
    ///   Features)`, `To purchase this material contact … at 1-732-390-4480.`, `For use by clients
    ///   of the New York Times News Service`, and the service's advisories (`CoxNet layouts are
    ///   for sale over the web, through the New York Times News Service's PageExpress service, at
    ///   www.nytsyn.com/syndicate/pageex.`, `All times are Eastern unless otherwise noted.`);
    /// - a rights banner opening a paragraph, with the contact line before it: `WASHINGTON, D.C.
    ///   20003 Tel: 202-547-4512 Fax: 202-546-4194 COPYRIGHT 1998 BY WORLDSOURCES, INC. … NO
    ///   PORTION OF THE MATERIALS … WITHOUT ATTRIBUTION TO WORLDSOURCES, INC.`.
    ///
    /// ```swift
    /// DocumentCleaner.removeWireNotes("Emergency Commission said Saturday. Mitch _ once, 2nd graf pvs")
    /// // (kept: "Emergency Commission said Saturday.", removed: ["Mitch _ once, 2nd graf pvs"])
    /// ```
    ///
    /// - Parameter paragraph: one paragraph, unwrapped.
    /// - Returns: the paragraph without its notes (empty when it was only a note) and the notes.
    /// - Complexity: O(*n*) in the length of `paragraph`.
    public static func removeWireNotes(_ paragraph: String) -> (kept: String, removed: [String]) {
        // Cheap gates: the regular expressions run only where a note can be.
        let head = paragraph.prefix(60)
        if paragraph.utf8.count <= 40 || ["Eds", "EDS", "EDITOR", "Ld-Writethru"].contains(where: { _contains(String(head), $0) }) {
            let whole = NSRange(paragraph.startIndex..., in: paragraph)
            if _wholeNote.firstMatch(in: paragraph, range: whole) != nil { return ("", [paragraph]) }
        }
        var patterns: [NSRegularExpression] = []
        if ["graf", "pvs", "prv", "pickup"].contains(where: { _contains(paragraph, $0) }) { patterns.append(_insertPointer) }
        if ["Distributed by", "purchase this material", "For use by clients", "PageExpress", "All times are Eastern", "an ETA will be given"]
            .contains(where: { _contains(paragraph, $0) }) {
            patterns.append(_syndicationNote)
        }
        // a banner opens its paragraph: only the first 200 characters are searched
        let opening = String(paragraph.prefix(200))
        if _contains(opening, "COPYRIGHT") || _contains(opening, "Copyright") { patterns.append(_rightsBanner) }
        if let last = paragraph.last, last.isLowercase || last == ")" || paragraph.hasSuffix("MORE") || paragraph.hasSuffix("ENDIT")
            || _contains(paragraph, "nditem") {
            patterns.append(_trailingNote)
        }
        var removed: [String] = []
        var kept = paragraph
        for pattern in patterns {
            let cut = _cutting(pattern, group: 1, from: kept)
            removed += cut.removed
            kept = cut.kept
        }
        return (kept, removed)
    }

    /// Whether `text` holds `needle`, byte for byte on the UTF-8 (Foundation's `contains` goes
    /// through CFString and cost more than the rest of cleaning).
    /// - Complexity: O(*n* · *m*) at worst; the needles here are a few bytes.
    static func _contains(_ text: String, _ needle: String) -> Bool {
        var text = text, needle = needle
        return text.withUTF8 { t in
            needle.withUTF8 { n in
                guard let first = n.first else { return true }
                guard n.count <= t.count else { return false }
                var i = 0
                let last = t.count - n.count
                while i <= last {
                    if t[i] == first {
                        var j = 1
                        while j < n.count && t[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// `text` with each match of `pattern` (its capture `group`) cut out and whitespace
    /// collapsed, and the texts cut, trimmed, in order.
    /// - Complexity: O(*n*) in the length of `text`, plus the pattern's matching.
    static func _cutting(_ pattern: NSRegularExpression, group: Int, from text: String) -> (kept: String, removed: [String]) {
        let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
        guard !matches.isEmpty else { return (text, []) }
        var out = "", removed: [String] = []
        var last = text.startIndex
        for match in matches {
            guard let range = Range(match.range(at: group), in: text) else { continue }
            removed.append(TextNormalizer.trimmed(text[range]))
            out += text[last..<range.lowerBound]
            last = range.upperBound
        }
        out += text[last...]
        return (TextNormalizer.collapseWhitespace(out), removed)
    }

    /// A paragraph that is a note and nothing else.
    static let _wholeNote = try! NSRegularExpression(pattern:
        #"^\s*(?:MORE|ENDIT|NNNN|[Ee]nditem|X ?X ?X ?X? ?END OF STORY|X X X|-0-"#
        + #"|\((?:BEGIN |END )?OPTIONAL (?:TRIM|ADD)\)"#
        + #"|\([a-z]{1,4}(?:[-/][a-z]{1,4})*\)"#
        + #"|(?:[A-Z0-9-]+ _ )?(?:EDS?|Eds?):.*"#
        + #"|(?:ATTENTION |ATTN:? )?EDITORS:.*|EDITOR'S NOTE\b.*"#
        + #"|\d+(?:st|nd|rd|th) Ld-Writethru\b.*)\s*$"#)

    /// An insert pointer: the opening words of a paragraph, a comma, then its place
    /// (`2nd graf pvs`, `graf 19 pvs`, `pickup 9th pvs`, `5th graf, 1st Ld-Writethru`), at the
    /// start of the paragraph or after a sentence's end; group 1 is the note.
    static let _insertPointer = try! NSRegularExpression(pattern:
        #"(?:^|(?<=[.!?]|[.!?]'|[.!?]''|[.!?]"|[.!?]”|[.!?]’))\s*"#
        + #"([^\s.!?'"”’][^.!?]{0,80}?,\s+(?:(?:pickup\s+)?\d+(?:st|nd|rd|th)(?:\s+graf)?\s+(?:pvs|prv)|\d+(?:st|nd|rd|th)\s+graf"#
        + #"|graf\s+\d+\s+(?:pvs|prv))(?:,\s+\d+(?:st|nd|rd|th)\s+Ld-Writethru)?)(?=\s|$)"#)

    /// A syndication service's note to its clients (an agency banner before it included); group 1.
    static let _syndicationNote = try! NSRegularExpression(pattern:
        #"((?:\b[A-Z][A-Z&'.-]+(?:\s+[A-Z][A-Z&'.-]+){0,5}\s+)?\(Distributed by [^()]{3,80}\)"#
        + #"|\(?To purchase this material contact\b[^()]{0,160}?\d{4}\s*\.?\)?"#
        + #"|\(?For use by clients of the New York Times News Service\.?\)?"#
        + #"|(?:PHOTOS, LAYOUTS and GRAPHICS\s+)?[^.!?]{0,60}\bfor sale over the web, through the New York Times News Service's PageExpress service, at \S+"#
        + #"|All times are Eastern unless otherwise noted\.|If stories will move after [^.]{1,20}\.m\., an ETA will be given\.)"#)

    /// A rights banner at the start of a paragraph: an optional contact line (an address, `Tel:`
    /// and `Fax:` numbers), `COPYRIGHT` or `Copyright` and a year, then words without a lower-case
    /// letter up to the last sentence end among them (the banner is set in capitals; the story
    /// after it is not), or a short rest of the paragraph (`Copyright 2000 Slate`); group 1.
    static let _rightsBanner = try! NSRegularExpression(pattern:
        #"^\s*((?:[^a-z]*?\b(?:Tel|TEL|Fax|FAX|Phone|PHONE)\.?:\s*[0-9(+][0-9 ()+.-]{6,})*\s*(?:COPYRIGHT|Copyright|©)\s+\d{4}\b(?:[^a-z]*[.!?](?=\s|$)|.{0,60}$))"#)

    /// `MORE`, `ENDIT` or operator initials (`(djp)`, `ml-kl`, `kl`) after a paragraph's last
    /// sentence; group 1 is the note.
    static let _trailingNote = try! NSRegularExpression(pattern:
        #"(?<=[.!?"'”’)])\s+(MORE|ENDIT|[Ee]nditem\b.*|\([a-z]{1,4}(?:[-/][a-z]{1,4})*\)|[a-z]{2,3}(?:-[a-z]{2,3})+|[a-z]{2})\s*$"#)
}
