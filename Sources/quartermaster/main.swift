print("quartermaster")
