extension DocumentCleaner {
    /// Splits a wire-service dateline off the start of a paragraph.
    ///
    /// Newswire articles open with the place (and often the agency) before the first sentence:
    /// `VAIL, Colo. (AP) -- A temporary dirt road…`, `BERLIN (AP) _ Two experts…`,
    /// `NAIROBI, January 24 (Xinhua) -- The following…`, `WASHINGTON _ The Senate…`. The
    /// dateline is not part of the sentence: left in, it costs a summary three or four words of
    /// its budget and puts an agency name into the text.
    ///
    /// A dateline is, within the first 80 characters: a place written in capitals (letters,
    /// `.`, `'`, `-`, `&`, at least two letters; a province in parentheses may follow it:
    /// `BEIDAIHE (Hebei)`), optionally `, ` and up to four capitalised words or numbers (a state,
    /// a country, a date), optionally a parenthesised agency (its `)` may be missing), then a
    /// separator (`--`, `_`, `—`, `–` or `-`; a `--` may touch the sentence after an agency's
    /// `)`) and a sentence starting with a capital letter, a digit or a quote.
    ///
    /// ```swift
    /// DocumentCleaner.splitDateline("DENVER (AP) -- The agency ordered…")
    /// // ("DENVER (AP) --", "The agency ordered…")
    /// DocumentCleaner.splitDateline("IN the treatment of rheumatic disorders…")   // nil
    /// ```
    ///
    /// - Parameter paragraph: a paragraph's text.
    /// - Returns: the dateline (with its separator) and the rest, or `nil` when the paragraph
    ///   does not start with one.
    /// - Complexity: O(1): only the first 80 characters are read.
    public static func splitDateline(_ paragraph: String) -> (dateline: String, rest: String)? {
        let head = paragraph.prefix(80)
        guard let separator = _datelineSeparator(in: head) else { return nil }
        var prefix = head[..<separator.lowerBound]
        while prefix.last == " " { prefix = prefix.dropLast() }
        // an agency in parentheses: "(AP)", "(Xinhua)", "(Reuters)"; or one that lost its
        // closing parenthesis on the wire ("WASHINGTON (AP -- …")
        if let open = prefix.lastIndex(of: "("), prefix.last == ")" || !prefix[open...].contains(")") {
            let end = prefix.last == ")" ? prefix.index(before: prefix.endIndex) : prefix.endIndex
            let agency = prefix[prefix.index(after: open)..<end]
            guard (1...20).contains(agency.count), agency.first?.isLetter == true,
                agency.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." || $0 == "-" })
            else { return nil }
            prefix = prefix[..<open]
            while prefix.last == " " { prefix = prefix.dropLast() }
        }
        let parts = prefix.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
        guard let place = parts.first.map(_withoutProvince), _isCapitalPlace(place) else { return nil }
        if parts.count == 2 {
            let words = parts[1].split(separator: " ")
            guard parts[1].first == " ", (1...4).contains(words.count),
                words.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true })
            else { return nil }
        }
        let rest = paragraph[separator.upperBound...].drop { $0 == " " }
        guard let first = rest.first, first.isUppercase || first.isNumber || "\"“‘'`".contains(first) else { return nil }
        let dateline = paragraph[..<separator.upperBound].trimmingTrailingSpaces()
        return (String(dateline), String(rest))
    }

    /// The first dateline separator (` -- `, ` _ `, ` — `, ` – `, ` - `, or one glued to a
    /// closing parenthesis) in `head`, spaces included.
    static func _datelineSeparator(in head: Substring) -> Range<Substring.Index>? {
        var index = head.startIndex
        while index < head.endIndex {
            let c = head[index]
            if c == "-" || c == "_" || c == "—" || c == "–" {
                var end = head.index(after: index)
                if c == "-", end < head.endIndex, head[end] == "-" { end = head.index(after: end) }
                let before = index > head.startIndex ? head[head.index(before: index)] : "x"
                let after = end < head.endIndex ? head[end] : "x"
                if (before == " " || before == ")") && after == " " { return index..<head.index(after: end) }
                // "(Xinhua) --The …": the agency's double hyphen glued to the sentence
                if end > head.index(after: index), head[..<index].trimmingTrailingSpaces().last == ")",
                   after.isUppercase || "\"“‘'`".contains(after) {
                    return index..<end
                }
                // letters on either side: a hyphenated word, not a separator
                if before != " " && before != ")" { index = end; continue }
                return nil
            }
            index = head.index(after: index)
        }
        return nil
    }

    /// A dateline's place without a province in parentheses after it (`BEIDAIHE (Hebei)`): one
    /// to three capitalised words; otherwise the place as it is.
    static func _withoutProvince(_ place: Substring) -> Substring {
        guard place.last == ")", let open = place.lastIndex(of: "(") else { return place }
        let inside = place[place.index(after: open)..<place.index(before: place.endIndex)].split(separator: " ")
        guard (1...3).contains(inside.count), inside.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) })
        else { return place }
        return place[..<open].trimmingTrailingSpaces()
    }

    /// Whether a dateline's place is written in capitals: `VAIL`, `DAR ES SALAAM`, `ST. LOUIS`.
    static func _isCapitalPlace(_ place: Substring) -> Bool {
        let words = place.split(separator: " ")
        guard (1...5).contains(words.count) else { return false }
        var letters = 0
        for word in words {
            for c in word {
                if c.isLetter {
                    guard c.isUppercase else { return false }
                    letters += 1
                } else if !".'’-&".contains(c) {
                    return false
                }
            }
        }
        return letters >= 2
    }
}

extension Substring {
    fileprivate func trimmingTrailingSpaces() -> Substring {
        var s = self
        while s.last == " " { s = s.dropLast() }
        return s
    }
}
