import FollowUpApp

FollowUpCommand.main()
