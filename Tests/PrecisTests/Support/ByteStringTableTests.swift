import Foundation
import PrecisSupport
import Testing

/// `ByteStringTable`'s look-up without insertion (session 14, the word classes' table).
@Suite struct ByteStringTableTests {
    @Test func lookUpFindsExactlyTheInsertedStrings() {
        var generator = SplitMix64(seed: 1407)
        let alphabet = Array("abcdeé'-".utf8)
        var table = ByteStringTable(minimumCapacity: 4)  // grows several times
        var numbers: [[UInt8]: Int] = [:]
        for _ in 0..<2_000 {
            let word = (0..<Int.random(in: 0...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let inserted = word.withUnsafeBufferPointer { table.insert($0) }
            if let known = numbers[word] { #expect(inserted.number == known && !inserted.isNew) } else { numbers[word] = inserted.number }
        }
        var found = 0, missing = 0
        for _ in 0..<4_000 {
            let word = (0..<Int.random(in: 0...7, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let number = word.withUnsafeBufferPointer { table.number(of: $0) }
            #expect(number == numbers[word])
            if number == nil { missing += 1 } else { found += 1 }
        }
        #expect(found > 500 && missing > 500)
    }
}
