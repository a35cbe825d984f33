import Foundation

extension Article {
    /// The date a file name carries, as `YYYY-MM-DD`: the first run of exactly eight digits that
    /// reads as a plausible `YYYYMMDD` (year 1970–2099, a valid month and day), as in wire
    /// services' document numbers (`APW19981018.0423`), or a `YYYY-MM-DD` in the name.
    ///
    /// Only the last path component is read, so a folder named by date does not date every
    /// article in it differently from its name.
    /// - Parameter path: a file's path or name.
    /// - Returns: the date, or `nil` when the name carries none.
    /// - Complexity: O(length of `path`).
    package static func dateInFileName(_ path: String) -> String? {
        let name = Array((path as NSString).lastPathComponent.utf8)
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < name.count && name[i] >= 48 && name[i] <= 57 }
        func value(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(name[$1] - 48) } }
        func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
            let days = [31, 28 + (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) ? 1 : 0), 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            return (1970...2099).contains(y) && (1...12).contains(m) && d >= 1 && d <= days[m - 1]
        }
        var i = 0
        while i < name.count {
            guard isDigit(i), !isDigit(i - 1) else { i += 1; continue }
            var end = i
            while isDigit(end) { end += 1 }
            if end - i == 8 {
                let y = value(i..<i + 4), m = value(i + 4..<i + 6), d = value(i + 6..<i + 8)
                if valid(y, m, d) { return String(format: "%04d-%02d-%02d", y, m, d) }
            } else if end - i == 4, end + 5 < name.count, name[end] == 45, isDigit(end + 1), isDigit(end + 2),
                      name[end + 3] == 45, isDigit(end + 4), isDigit(end + 5), !isDigit(end + 6) {
                let y = value(i..<end), m = value(end + 1..<end + 3), d = value(end + 4..<end + 6)
                if valid(y, m, d) { return String(format: "%04d-%02d-%02d", y, m, d) }
            }
            i = end
        }
        return nil
    }
}

extension ArticleReader {
    /// ``readFileBody(_:id:source:onlyRegular:)``, with the publication date taken from the
    /// file name when the file itself gives none (``Article/dateInFileName(_:)``).
    func readFile(_ path: String, id: String, source: String?, onlyRegular: Bool) throws -> Article {
        var article = try readFileBody(path, id: id, source: source, onlyRegular: onlyRegular)
        if article.published == nil { article.published = Article.dateInFileName(id) }
        return article
    }
}
