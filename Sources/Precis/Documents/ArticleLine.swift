/// A JSON Lines article read without `JSONDecoder` (which was most of the reading stage): a
/// flat object whose keys are ``Article``'s, each at most once, with string (or, for the
/// optional ones, `null`) values. Anything else, or anything unusual inside (an unknown key, a
/// number, an invalid escape or UTF-8, a lone surrogate, `\u0000`), gives nil, and the caller
/// decodes the line with `JSONDecoder`, which accepts or rejects it as before: the articles
/// read are the same either way.
enum _ArticleLine {
    private enum Key: Int, CaseIterable { case id, title, source, url, published, text }

    static func parse(_ line: UnsafeRawBufferPointer) -> Article? {
        var p = 0
        let n = line.count
        func skipSpace() { while p < n, line[p] == 32 || line[p] == 9 || line[p] == 13 || line[p] == 10 { p += 1 } }
        skipSpace()
        guard p < n, line[p] == UInt8(ascii: "{") else { return nil }
        p += 1
        var values = [String?](repeating: nil, count: Key.allCases.count)
        var seen = [Bool](repeating: false, count: Key.allCases.count)
        while true {
            skipSpace()
            guard p < n, line[p] == UInt8(ascii: "\""), let name = string(line, &p), let key = key(name) else { return nil }
            guard !seen[key.rawValue] else { return nil }
            seen[key.rawValue] = true
            skipSpace()
            guard p < n, line[p] == UInt8(ascii: ":") else { return nil }
            p += 1
            skipSpace()
            guard p < n else { return nil }
            if line[p] == UInt8(ascii: "\"") {
                guard let value = string(line, &p) else { return nil }
                values[key.rawValue] = value
            } else if key != .id, key != .text, n - p >= 4, line[p] == 110, line[p + 1] == 117, line[p + 2] == 108, line[p + 3] == 108 {
                p += 4  // null
            } else {
                return nil
            }
            skipSpace()
            guard p < n else { return nil }
            if line[p] == UInt8(ascii: ",") { p += 1; continue }
            guard line[p] == UInt8(ascii: "}") else { return nil }
            p += 1
            break
        }
        skipSpace()
        guard p == n, let id = values[Key.id.rawValue], let text = values[Key.text.rawValue] else { return nil }
        return Article(id: id, title: values[Key.title.rawValue], source: values[Key.source.rawValue],
                       url: values[Key.url.rawValue], published: values[Key.published.rawValue], text: text)
    }

    private static func key(_ name: String) -> Key? {
        switch name {
        case "id": .id
        case "title": .title
        case "source": .source
        case "url": .url
        case "published": .published
        case "text": .text
        default: nil
        }
    }

    /// The string starting at the quote `line[p]`; `p` ends after its closing quote.
    private static func string(_ line: UnsafeRawBufferPointer, _ p: inout Int) -> String? {
        let n = line.count
        let base = line.baseAddress!.assumingMemoryBound(to: UInt8.self)
        /// The end of the plain run from q: no quote, backslash or control character.
        @inline(__always) func plainEnd(_ q: Int) -> Int {
            var q = q
            while q < n {
                let c = base[q]
                if c == 0x22 || c == 0x5C || c < 0x20 { break }
                q += 1
            }
            return q
        }
        var q = plainEnd(p + 1)
        guard q < n, base[q] >= 0x20 else { return nil }
        if base[q] == 0x22 {
            let value = String(validating: UnsafeBufferPointer(start: base + p + 1, count: q - p - 1), as: UTF8.self)
            p = q + 1
            return value
        }
        // With escapes: the plain runs are copied whole, the escapes decoded between them.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(q - p + 64)  // the run so far and some escapes; not the rest of the line
        bytes.append(contentsOf: UnsafeBufferPointer(start: base + p + 1, count: q - p - 1))
        while true {
            guard q + 1 < n, base[q] == 0x5C else { return nil }
            q += 2
            switch base[q - 1] {
            case UInt8(ascii: "\""): bytes.append(0x22)
            case UInt8(ascii: "\\"): bytes.append(0x5C)
            case UInt8(ascii: "/"): bytes.append(0x2F)
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "u"):
                guard var unit = hex4(line, q) else { return nil }
                q += 4
                if unit >= 0xD800 && unit < 0xDC00 {
                    guard q + 1 < n, base[q] == 0x5C, base[q + 1] == UInt8(ascii: "u"),
                          let low = hex4(line, q + 2), low >= 0xDC00 && low < 0xE000 else { return nil }
                    q += 6
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                } else if unit >= 0xDC00 && unit < 0xE000 {
                    return nil
                }
                guard unit != 0, let scalar = Unicode.Scalar(unit) else { return nil }
                bytes.append(contentsOf: String(scalar).utf8)
            default:
                return nil
            }
            let end = plainEnd(q)
            bytes.append(contentsOf: UnsafeBufferPointer(start: base + q, count: end - q))
            q = end
            guard q < n, base[q] >= 0x20 else { return nil }
            if base[q] == 0x22 { break }
        }
        p = q + 1
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hex4(_ line: UnsafeRawBufferPointer, _ q: Int) -> UInt32? {
        guard q + 4 <= line.count else { return nil }
        var v: UInt32 = 0
        for k in q..<(q + 4) {
            let c = line[k]
            let d: UInt8
            switch c {
            case 48...57: d = c - 48
            case 97...102: d = c - 87
            case 65...70: d = c - 55
            default: return nil
            }
            v = v << 4 | UInt32(d)
        }
        return v
    }
}
