/// A count with its noun, singular for one: `counted(1, "article")` is "1 article",
/// `counted(3, "story", "stories")` is "3 stories".
package func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
