public enum FollowUpMain { public static func main() { print("followup") } }
