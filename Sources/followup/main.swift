import FollowUpApp
FollowUpMain.main()
