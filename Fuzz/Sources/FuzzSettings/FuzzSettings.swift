import Foundation
import Precis

/// Settings JSON on arbitrary bytes, decoded as `--config` decodes it (`JSONDecoder` into
/// `DigestOptions`). Bad settings must come back as a decoding or validation error, never a
/// trap; settings that decode must survive an encode–decode round trip unchanged, and settings
/// that also validate must digest a small cluster without trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let options = try? JSONDecoder().decode(DigestOptions.self, from: data) else { return 0 }
    let encoded: Data
    do { encoded = try JSONEncoder().encode(options) } catch { preconditionFailure("decoded settings do not encode: \(error)") }
    guard let again = try? JSONDecoder().decode(DigestOptions.self, from: encoded) else {
        preconditionFailure("encoded settings do not decode: \(String(decoding: encoded, as: UTF8.self))")
    }
    precondition(again == options, "settings change in an encode-decode round trip")
    guard (try? options.validate()) != nil else { return 0 }
    // Keep each run short: a budget of millions of sentences is legal but only slows fuzzing.
    _ = try? Digester(options: options).digest(cluster)
    return 0
}

/// Three short overlapping articles, enough for every method to have something to rank.
let cluster: [Document] = [
    Document(name: "a.txt", text: """
        Talks in Istanbul
        Ukraine's president said he would travel to Turkey to meet the Turkish president on Thursday. \
        He is open to direct talks with Russia in Istanbul. The ceasefire proposal was backed by European leaders.
        """),
    Document(name: "b.txt", text: """
        Leaders meet in Turkey
        European leaders backed a thirty-day ceasefire proposal on Saturday. The president of Ukraine will travel to Turkey. \
        Russia proposed direct negotiations in Istanbul, the first since March 2022.
        """),
    Document(name: "c.txt", text: """
        Ceasefire call
        The last direct negotiations between Russia and Ukraine took place in March 2022 in Istanbul. \
        Ukraine's president will meet the Turkish president in Ankara. Sanctions were threatened if Russia does not comply.
        """),
]
